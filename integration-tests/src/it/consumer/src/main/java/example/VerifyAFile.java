package example;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;

public class VerifyAFile {
    public static void main(String[] args) throws Exception {
        // Offline: a did:key issuer needs no fetch. Verifier.builder().build() fetches over HTTP(S), safely.
        Verifier verifier = Verifier.offline();

        // A copy with one word changed, to see why a badge fails.
        String signed = Files.readString(Path.of("target/credential.json"));
        Files.writeString(Path.of("target/tampered.json"), signed.replace("Java 101", "Java 901"));

        for (String file : new String[] {"target/credential.json", "target/credential.jwt", "target/tampered.json"}) {
            VerificationReport report = verifier.verify(Files.readAllBytes(Path.of(file)));
            System.out.println(file + ": " + (report.verified() ? "verified" : "NOT verified"));
            for (Check failed : report.failures()) {
                System.out.println("  " + failed.id() + " at " + failed.path() + ": " + failed.describe());
            }
        }
    }
}
