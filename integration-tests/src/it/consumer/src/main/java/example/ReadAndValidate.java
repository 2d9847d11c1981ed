package example;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;

public class ReadAndValidate {
    public static void main(String[] args) throws Exception {
        BadgeJson json = BadgeJson.standard();

        // Any Open Badges 2.0 or 3.0 document: JSON, or a compact JWS / VC-JWT.
        BadgeDocument doc = json.read(Files.readAllBytes(Path.of("badge.json")));
        System.out.println("read a " + doc.kind().displayName());
        doc.model(OpenBadgeCredential.class).flatMap(OpenBadgeCredential::name)
                .ifPresent(name -> System.out.println("named " + name));

        // The official OB 3.0 JSON Schema and the specification's rules, with JSON Pointers.
        ValidationResult result = json.validate(doc);
        System.out.println(result.valid() ? "valid" : "not valid");
        for (Problem p : result.problems()) {
            System.out.println("  " + p); // "/credentialSubject/type: ... [SCHEMA_VIOLATION]"
        }
    }
}
