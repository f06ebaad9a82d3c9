package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code assurance.site}: the names in every page header. */
@ConfigurationProperties("assurance.site")
public class SiteConfig {

    private String programmeName = "Transformation programme";
    private String organisation = "";
    private String packBaseUrl = "/pack/";

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
}
