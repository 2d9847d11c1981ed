package dev.laurel.badges.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BakeCommandTest {

    @TempDir
    Path dir;

    private Path heart() throws IOException {
        Path file = dir.resolve("heart.png");
        try (InputStream in = BakeCommandTest.class.getResourceAsStream("/baked_heart.png")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void bakeThenExtractGivesTheBadgeBackAndValidatePassesOnTheImage() throws IOException {
        Path badge = dir.resolve("badge.json");
        Files.writeString(badge, ValidateCommandTest.VALID_OB3, StandardCharsets.UTF_8);
        Path svg = dir.resolve("in.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect/></svg>");
        for (Path image : new Path[] {heart(), svg}) {
            Path out = dir.resolve("baked-" + image.getFileName());
            CliRun bake = CliRun.of("bake", "--image", image.toString(), "--badge", badge.toString(), "--out", out.toString());
            assertThat(bake.exit()).as(bake.err()).isZero();
            CliRun extract = CliRun.of("extract", out.toString());
            assertThat(extract.exit()).isZero();
            assertThat(extract.out()).isEqualTo(ValidateCommandTest.VALID_OB3.strip());
            CliRun validate = CliRun.of("validate", "--format", "json", out.toString());
            assertThat(validate.exit()).isZero();
            assertThat(validate.lines().get(0).get("container").asText())
                    .isEqualTo(image.toString().endsWith(".svg") ? "svg" : "png");
        }
    }

    @Test
    void extractFromAnImageWithoutABadgeFails() throws IOException {
        Path svg = dir.resolve("plain.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        CliRun run = CliRun.of("extract", svg.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no baked badge");
    }

    @Test
    void extractFromSomethingThatIsNotAnImageFails() throws IOException {
        Path text = dir.resolve("x.png");
        Files.writeString(text, "not an image");
        CliRun run = CliRun.of("extract", text.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("NOT_AN_IMAGE");
    }

    @Test
    void bakeWithAMissingImageIsAUsageError() {
        CliRun run = CliRun.of("bake", "--image", dir.resolve("none.png").toString(), "--badge", "x", "--out", "y");
        assertThat(run.exit()).isEqualTo(2);
    }
}
