package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code assurance.site}: the names in every page header. */
@ConfigurationProperties("assurance.site")
public class SiteConfig {

    private String programmeName = "Transformation programme";
    private String organisation = "";
    private String packBaseUrl = "/pack/";
    private String publicBaseUrl = "http://127.0.0.1:8080";

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    /** Where the product's pages link to the published pack, ending in '/'. */
    public String getPackBaseUrl() {
        return packBaseUrl;
    }

    public void setPackBaseUrl(String packBaseUrl) {
        this.packBaseUrl = packBaseUrl.endsWith("/") ? packBaseUrl : packBaseUrl + "/";
    }

    /** Where people reach the product from outside it, for links in emails (no trailing '/'). */
    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
