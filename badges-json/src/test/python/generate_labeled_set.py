#!/usr/bin/env python3
"""Writes Laurel's labeled classification set: badges as real issuers write them (OB 2.0 and 3.0, six
languages, misleading names), each with the level the definitions in docs/TAXONOMY.md give it and why.

Run from the repository root:  python3 badges-json/src/test/python/generate_labeled_set.py
It rewrites badges-json/src/test/resources/taxonomy/labeled/ (the badge files and manifest.csv).
The labels come from the level definitions, never from the classifier's output.
"""
import csv, hashlib, json, os, re, shutil, unicodedata

OUT = "badges-json/src/test/resources/taxonomy/labeled"
OB3_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
OB2_CONTEXT = "https://w3id.org/openbadges/v2"
rows = []
seen_ids = set()

def slug(text):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:48]

def issuer_ob3(issuer):
    name, url, desc = issuer
    p = {"id": url + "/issuer", "type": ["Profile"], "name": name}
    if desc:
        p["description"] = desc
    return p

def write(lang, level, why, doc, name, extra_files=()):
    fid = f"{lang}-{level}-{slug(name)}"
    n = 2
    while fid in seen_ids:
        fid = f"{lang}-{level}-{slug(name)}-{n}"; n += 1
    seen_ids.add(fid)
    path = os.path.join(OUT, fid + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for fname, content in extra_files:
        with open(os.path.join(OUT, "linked", fname), "w", encoding="utf-8") as f:
            json.dump(content, f, ensure_ascii=False, indent=2)
            f.write("\n")
    rows.append([fid + ".json", lang, level, why])

def badge(lang, level, why, name, desc, criteria, issuer, shape, atype=None, in_language=None, tags=(),
          results=None, evidence=None, alignments=None, license=None, credits=None, ob2_language_context=False):
    """shape: ob3 (credential), ach (bare achievement), bc (OB 2.0 BadgeClass), as (assertion, embedded
    badge class), link (assertion whose badge class is linked by URL, file in linked/)."""
    host = issuer[1]
    key = slug(name)
    if shape in ("ob3", "ach"):
        ach = {"id": f"{host}/achievements/{key}", "type": ["Achievement"], "name": name, "description": desc,
               "criteria": {"narrative": criteria}}
        if atype: ach["achievementType"] = atype
        if in_language: ach["inLanguage"] = in_language
        if tags: ach["tag"] = list(tags)
        if alignments: ach["alignment"] = [dict(a, type=["Alignment"]) for a in alignments]
        if results: ach["resultDescription"] = results
        if credits: ach["creditsAvailable"] = credits
        ach["creator"] = issuer_ob3(issuer)
        if shape == "ach":
            return write(lang, level, why, ach, name)
        subject = {"id": "did:example:learner-" + key[:12], "type": ["AchievementSubject"], "achievement": ach}
        if license: subject["licenseNumber"] = license
        if results:
            subject["result"] = [{"type": ["Result"], "resultDescription": r["id"], "value": r.get("_value", "passed")}
                                 for r in results]
            for r in results: r.pop("_value", None)
        doc = {"@context": OB3_CONTEXT, "id": "urn:uuid:" + hashlib.md5(name.encode()).hexdigest()[:8] + "-0000-4000-8000-" + hashlib.md5(name.encode()).hexdigest()[8:20],
               "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": issuer_ob3(issuer),
               "validFrom": "2025-03-14T09:00:00Z", "name": name, "credentialSubject": subject}
        if evidence:
            doc["evidence"] = [dict(e, type=["Evidence"]) for e in evidence]
        return write(lang, level, why, doc, name)
    ctx = OB2_CONTEXT if not ob2_language_context else [OB2_CONTEXT, {"@language": ob2_language_context}]
    iss = {"id": host + "/issuer.json", "type": "Issuer", "name": issuer[0], "url": host, "email": "badges@" + host.split("//")[1]}
    if issuer[2]: iss["description"] = issuer[2]
    bc = {"@context": ctx, "type": "BadgeClass", "id": f"{host}/badges/{key}.json", "name": name,
          "description": desc, "image": f"{host}/badges/{key}.png", "criteria": {"narrative": criteria}, "issuer": iss}
    if tags: bc["tags"] = list(tags)
    if alignments:
        bc["alignment"] = [{k: v for k, v in a.items() if k in ("targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode")} for a in alignments]
    if in_language: bc["inLanguage"] = in_language
    if shape == "bc":
        return write(lang, level, why, bc, name)
    assertion = {"@context": ctx, "type": "Assertion", "id": f"{host}/assertions/{key}-7f3a",
                 "recipient": {"type": "email", "hashed": False, "identity": "learner@example.org"},
                 "issuedOn": "2024-11-05T10:00:00Z", "verification": {"type": "hosted"}}
    if evidence:
        assertion["evidence"] = [{k: v for k, v in e.items() if k in ("id", "narrative", "name", "description", "genre")} for e in evidence]
    if shape == "as":
        bc2 = dict(bc); bc2.pop("@context")
        assertion["badge"] = bc2
        return write(lang, level, why, assertion, name)
    assertion["badge"] = bc["id"]
    return write(lang, level, why, assertion, name, extra_files=[(slug(name) + ".json", bc)])

SHAPES = ["ob3", "bc", "as", "ach", "ob3", "link"]

def rd(name, kind="pass", id_suffix="score"):
    if kind == "pass":
        return {"id": "urn:rd:" + slug(name) + "-" + id_suffix, "type": ["ResultDescription"], "name": name,
                "resultType": "Percent", "valueMin": "0", "valueMax": "100", "requiredValue": "80", "_value": "86"}
    return {"id": "urn:rd:" + slug(name) + "-" + id_suffix, "type": ["ResultDescription"], "name": name,
            "resultType": "RubricCriterionLevel", "requiredLevel": "urn:rd:level:proficient",
            "rubricCriterionLevel": [
                {"id": "urn:rd:level:developing", "type": ["RubricCriterionLevel"], "name": "Developing"},
                {"id": "urn:rd:level:proficient", "type": ["RubricCriterionLevel"], "name": "Proficient"},
                {"id": "urn:rd:level:exemplary", "type": ["RubricCriterionLevel"], "name": "Exemplary"}],
            "_value": "Proficient"}

exec(open(os.path.join(os.path.dirname(__file__), "labeled_content.py"), encoding="utf-8").read())

if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "linked"))
    build()
    with open(os.path.join(OUT, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "language", "level", "justification"])
        w.writerows(rows)
    print(len(rows), "badges")
