package vn.sandbox.demo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Starts the sandbox next to a host application running with the {@code demo} profile — i.e.
 * Dangnhap's demo, which has this jar on its classpath only through the README's run command
 * ({@code spring-boot:run} with the test classpath) and in tests. Never in the production jar
 * (the server depends on the sandbox in test scope only). See {@link SandboxDemoLauncher}.
 */
@AutoConfiguration
@Profile("demo")
@Import(SandboxDemoLauncher.class)
public class SandboxDemoAutoConfiguration {
}
