package dev.laurel.badges.examples.cli.e2e;

import java.util.List;
import java.util.Map;

/** The end-to-end story on the default store: H2 under {@code --data}. */
class H2ServeEndToEndTest extends ServeEndToEndContract {

    @Override
    void prepareStore() {
        // A new temporary --data folder per class: nothing to prepare.
    }

    @Override
    List<String> storeArgs() {
        return List.of("--data", dataFolder().toString());
    }

    @Override
    Map<String, String> childEnvironment() {
        return Map.of();
    }

    @Override
    void cleanStore() {
        // The temporary folder goes with the class.
    }
}
