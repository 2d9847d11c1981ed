package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchPolicy;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.fetch.HttpDocumentFetcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The fetcher behind {@code laurel verify --url-map FILE [--offline]}: mapped URLs are served from local
 * files (a URL's {@code #fragment} is ignored); unmapped ones go to the safe HTTP fetcher, or fail when
 * offline.
 */
final class UrlMapFetcher implements DocumentFetcher {

    private final Map<String, Path> files;
    private final Optional<DocumentFetcher> network;

    private UrlMapFetcher(Map<String, Path> files, Optional<DocumentFetcher> network) {
        this.files = files;
        this.network = network;
    }

    static DocumentFetcher of(Optional<Path> mapFile, boolean offline) {
        return of(mapFile, offline, FetchPolicy.defaults());
    }

    /** As {@link #of(Optional, boolean)}, with the policy of the network fetcher (its proxy, for one). */
    static DocumentFetcher of(Optional<Path> mapFile, boolean offline, FetchPolicy policy) {
        Map<String, Path> files = new HashMap<>();
        if (mapFile.isPresent()) {
            Path map = mapFile.get();
            if (!Files.isRegularFile(map)) {
                throw new UsageException("no such file: " + map);
            }
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(map.toFile());
            } catch (IOException e) {
                throw new UsageException("the URL map " + map + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (root == null || !root.isObject()) {
                throw new UsageException("the URL map " + map + " must be a JSON object of URL -> file path");
            }
            Path base = map.toAbsolutePath().getParent();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    throw new UsageException("the URL map entry for " + e.getKey() + " must be a file path");
                }
                files.put(withoutFragment(e.getKey()), base.resolve(e.getValue().textValue()));
            }
        }
        Optional<DocumentFetcher> network = offline ? Optional.empty()
                : Optional.of(new HttpDocumentFetcher(policy));
        return new UrlMapFetcher(Map.copyOf(files), network);
    }

    @Override
    public FetchedDocument fetch(URI uri, String accept) {
        String key = withoutFragment(uri.toString());
        Path file = files.get(key);
        if (file != null) {
            try {
                return new FetchedDocument(uri, Optional.of("application/json"), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new FetchException(FetchCode.NOT_FOUND, "the URL map points " + key + " at " + file
                        + ", which cannot be read");
            }
        }
        if (network.isEmpty()) {
            throw new FetchException(FetchCode.FETCH_REFUSED, "offline: " + key + " is not in the URL map");
        }
        return network.get().fetch(uri, accept);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
