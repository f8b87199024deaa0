package org.coproduce;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class CoproduceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoproduceApplication.class, args);
    }
}
