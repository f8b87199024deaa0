package org.coproduce.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Public pages may be kept by the reader's browser, but are checked with us every time they are shown: someone on a
 * phone with little data gets "not changed" instead of the page again, and a story withdrawn or a page taken down
 * still disappears at once. Pages for signed-in people keep Spring Security's "never store".
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCaching implements WebMvcConfigurer {

    static final String PUBLIC_PAGES = "/public/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor interceptor = new WebContentInterceptor();
        // Private: a page can carry the reader's own form token, so a shared cache must not keep it for others.
        interceptor.addCacheMapping(CacheControl.noCache().cachePrivate(), PUBLIC_PAGES);
        registry.addInterceptor(interceptor).addPathPatterns(PUBLIC_PAGES);
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageVersions() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new WholeResponsesOnly());
        registration.addUrlPatterns("/public/*");
        return registration;
    }

    /**
     * Weak versions ("W/"), because the server compresses pages and Tomcat leaves alone anything with a strong one. A
     * part of a document (206) is not the document: a version worked out from the part would name the wrong thing.
     */
    private static final class WholeResponsesOnly extends ShallowEtagHeaderFilter {

        WholeResponsesOnly() {
            setWriteWeakETag(true);
        }

        @Override
        protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int responseStatusCode,
                InputStream inputStream) {
            return responseStatusCode == HttpServletResponse.SC_OK
                    && super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
        }
    }
}
