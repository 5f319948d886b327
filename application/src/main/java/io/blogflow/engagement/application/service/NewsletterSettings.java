package io.blogflow.engagement.application.service;

import io.blogflow.shared.application.port.out.RateLimiter;
import java.net.URI;

/**
 * @param siteTitle          the publication's name, in subjects
 * @param confirmPage        the page a confirmation link opens ({@code ?token=} is appended); it posts the token
 * @param unsubscribeUrl     the one-click unsubscribe endpoint ({@code ?token=} is appended): List-Unsubscribe
 * @param consentTextVersion the consent text's version when a request names none
 * @param perClient          subscription requests per client address
 * @param perAddress         confirmation emails per address
 */
public record NewsletterSettings(String siteTitle, URI confirmPage, URI unsubscribeUrl, String consentTextVersion,
                                 RateLimiter.Limit perClient, RateLimiter.Limit perAddress) {
}
