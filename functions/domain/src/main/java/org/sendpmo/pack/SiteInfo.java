package org.sendpmo.pack;

/** Configured names shown in every page header (kept neutral: no crown, no GOV.UK branding). */
public record SiteInfo(String programmeName, String organisation) {
}
