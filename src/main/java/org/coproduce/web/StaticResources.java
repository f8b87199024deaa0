package org.coproduce.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private final String govukFrontendVersion;

    StaticResources(@Value("${coproduce.govuk-frontend-version}") String govukFrontendVersion) {
        this.govukFrontendVersion = govukFrontendVersion;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/govuk/**")
                .addResourceLocations(GovukStylesheet.webjarFolder(govukFrontendVersion))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .resourceChain(true)
                .addTransformer(new GovukStylesheet());
        registry.addResourceHandler("/css/**", "/js/**", "/images/**")
                .addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/images/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }
}
