package vn.dangnhap.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Message bundles a module keeps beside its templates: every {@code messages/<module>.properties}
 * (with its {@code _en} translation) on the class path joins the application's message source after
 * {@code messages} and {@code messages-admin}. A module's pages and their wording stay in the module's
 * own files.
 */
@Component
class ModuleMessages implements BeanPostProcessor {

    static final String LOCATION = "classpath*:messages/*.properties";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractResourceBasedMessageSource messages && beanName.equals("messageSource")) {
            messages.addBasenames(moduleBasenames());
        }
        return bean;
    }

    /** {@code messages/cas} for {@code messages/cas.properties}; translations ({@code cas_en}) are found by the bundle. */
    static String[] moduleBasenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.contains("_"))
                    .distinct().sorted()
                    .map(name -> "messages/" + name)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the modules' message bundles", e);
        }
    }
}
