package vn.sandbox.registry;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import vn.sandbox.SandboxProperties;

/** Runtime behaviour of the registry stand-in: extra latency and UP/DOWN (failure injection). */
@Component
public class RegistryBehaviour {

    public enum Mode {
        UP, DOWN
    }

    public record State(long latencyMs, Mode mode) {
    }

    private final State initial;
    private final AtomicReference<State> current;

    public RegistryBehaviour(SandboxProperties properties) {
        this.initial = new State(Math.max(0, properties.registry().latencyMs()),
                Mode.valueOf(properties.registry().mode().trim().toUpperCase(Locale.ROOT)));
        this.current = new AtomicReference<>(initial);
    }

    public State get() {
        return current.get();
    }

    public void set(long latencyMs, Mode mode) {
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative");
        }
        current.set(new State(latencyMs, mode));
    }

    /** Back to the configured initial behaviour. */
    public void reset() {
        current.set(initial);
    }
}
