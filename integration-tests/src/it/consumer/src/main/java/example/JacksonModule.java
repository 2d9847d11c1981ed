package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeJson;
import java.io.File;

public class JacksonModule {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper(); // your application's own mapper
        mapper.registerModule(BadgeJson.jacksonModule()); // or: mapper.findAndRegisterModules()

        OpenBadgeCredential credential = mapper.readValue(new File("badge.json"), OpenBadgeCredential.class);
        System.out.println("mapped " + credential.name().orElse("a badge") + " with " + mapper.getRegisteredModuleIds());
        System.out.println(mapper.writeValueAsString(credential)); // every member kept, extensions included
    }
}
