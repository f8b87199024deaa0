package org.coproduce.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as a newcomer meets it after the README's first command: the demo data, with no base address set.
 * It always runs on its own embedded PostgreSQL, even when the rest of the suite uses a shared server, so that its
 * data never mixes with theirs. The test classes that use it share one running application, so they only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=embedded", "coproduce.embedded-database.directory=", "coproduce.base-url="})
@ActiveProfiles({"test", "demo"})
public @interface OnTheDemo {
}
