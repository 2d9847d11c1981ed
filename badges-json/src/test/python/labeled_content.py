# The badges of the labeled set. Each call: badge(language, level, justification, name, description,
# criteria, issuer, shape, ...). Justifications cite the level definitions (docs/TAXONOMY.md): knowledge =
# introductory knowledge verified by an assessment; skill = proficiency from practice, shown in a portfolio or
# performance; ability = mastery, e.g. a capstone; certification = accredited, industry-recognised;
# participation = attending an event, no assessment; recognition = from peers, no assessment.

# --- issuers (name, url, description) ---
NCC = ("Northbridge Community College", "https://badges.northbridge.edu", "A public community college.")
CLOUD = ("Cloudwise Academy", "https://cloudwise.academy", "Online training provider for cloud engineering.")
OSF = ("Open Source Festival", "https://osfest.org", "Annual community conference for open source developers.")
NBCA = ("National Board for Cybersecurity Accreditation", "https://nbca.example.org",
        "An independent accrediting body for cybersecurity professionals.")
ARPP = ("Association of Registered Project Professionals", "https://arpp.example.org",
        "The professional association for project managers.")
LIB = ("Riverside Public Library", "https://library.riverside.example.org", "Community library and learning centre.")
ACME = ("Acme Corp People Team", "https://people.acme.example", "Acme's internal people and culture team.")
MAPLE = ("Maple State University", "https://badges.maple.edu", "A public research university.")
HEALTH = ("Metro Health Training", "https://training.metrohealth.example", "Clinical education for hospital staff.")
CODE = ("CodeForge Bootcamp", "https://codeforge.example", "Immersive software development bootcamp.")
SAFE = ("SafeWork Institute", "https://safework.example.org", "Workplace health and safety training.")
DEVS = ("DevRel Meetups Network", "https://meetups.devrel.example", "Volunteer-run local developer meetups.")

def english():
    L = "en"
    # participation
    badge(L, "participation", "attended a webinar, no assessment: the definition of participation",
          "Webinar: Zero Trust Networking in Practice",
          "Awarded to everyone who attended our one-hour live webinar on zero trust networking.",
          "Attend the live webinar on 12 March. Attendance is recorded automatically when you join the session.",
          CLOUD, "ob3", atype="CertificateOfCompletion")
    badge(L, "participation", "misleading type: a 'Certificate of Completion' that only needs watching a webinar recording; no assessment",
          "Certificate of Completion - AI in the Classroom",
          "This certificate of completion recognises educators who completed our webinar series on AI in the classroom.",
          "Watch all three webinar recordings (60 minutes each). No quiz or test is required.",
          NCC, "ob3", atype="CertificateOfCompletion")
    badge(L, "participation", "misleading type Certification for conference attendance; attending is participation",
          "OSFest 2024 Certified Attendee",
          "Certified attendee of the Open Source Festival 2024 in Lisbon.",
          "Register and attend at least one day of the conference. Badges are issued from the check-in list.",
          OSF, "ob3", atype="Certification")
    badge(L, "participation", "attending a workshop, no assessment",
          "Hands-on Git Workshop Participant",
          "Participant in the half-day Git workshop at the spring meetup.",
          "Take part in the workshop. No prior knowledge needed and no assessment.",
          DEVS, "bc", tags=("git", "workshop"))
    badge(L, "participation", "attending a lecture series; no assessment",
          "Friends of the Library Lecture Series",
          "For attending four evening lectures in the library's autumn lecture series on local history.",
          "Attend four of the six lectures. Sign the attendance sheet at each lecture.",
          LIB, "as")
    badge(L, "participation", "volunteering at an event; taking part, not assessed",
          "Hackathon Volunteer 2024",
          "Thank you for volunteering at the Civic Hackathon.",
          "Volunteer for at least one shift during the hackathon weekend.",
          DEVS, "ob3", atype="CommunityService")
    badge(L, "participation", "misleading 'Expert' name: a talk attended, no assessment",
          "Expert Talk: Scaling Kubernetes",
          "Attendee badge for the expert talk series session on scaling Kubernetes clusters.",
          "Join the live session. This badge confirms attendance only.",
          CLOUD, "link")
    badge(L, "participation", "a masterclass attended; 'master' in the name but no assessment",
          "Masterclass: Storytelling with Data",
          "Awarded to participants of the two-hour masterclass with guest speaker Ana Ruiz.",
          "Attend the masterclass from start to finish.",
          MAPLE, "ach")
    badge(L, "participation", "attending a seminar, no assessment",
          "Patient Safety Seminar",
          "Participation in the quarterly patient safety seminar for ward staff.",
          "Attend the seminar (CPD attendance certificate). Attendance only.",
          HEALTH, "ob3", atype="CertificateOfCompletion", in_language="en-GB")
    badge(L, "participation", "meetup attendance",
          "Rust Meetup Regular",
          "For developers who came to five Rust meetups this year.",
          "Check in at five meetups.",
          DEVS, "bc")
    badge(L, "participation", "membership in a club, taking part, not assessed",
          "Robotics Club Member 2024-25",
          "Member of the college robotics club for the 2024-25 academic year.",
          "Join the club and take part in the weekly build nights.",
          NCC, "ob3", atype="Membership")
    badge(L, "participation", "summer reading programme: taking part, no assessment",
          "Summer Reading Challenge Participant",
          "Took part in the library's summer reading challenge.",
          "Sign up and log your reading over the summer. Everyone who participates earns the badge.",
          LIB, "ach", atype="CoCurricular")
    # recognition
    badge(L, "recognition", "peer-nominated recognition, no assessment",
          "Team Player of the Quarter",
          "Recognises a colleague nominated by their peers for outstanding teamwork.",
          "Nominated by at least three peers and voted by the team.",
          ACME, "ob3", atype="Award")
    badge(L, "recognition", "a thank-you badge from a colleague",
          "Kudos: Going the Extra Mile",
          "A kudos badge sent by a colleague to say thank you for going the extra mile.",
          "Any employee can give kudos to a colleague through the recognition platform.",
          ACME, "bc", tags=("kudos", "peer recognition"))
    badge(L, "recognition", "misleading type Certification on a peer award; nominated and voted by peers",
          "Certified Community Champion",
          "Awarded to community members who were nominated by their peers for helping others in the forum.",
          "Nominated by other community members and voted by the moderators team.",
          OSF, "ob3", atype="Certification")
    badge(L, "recognition", "peer vote; no assessment",
          "Best Talk Award (Audience Vote)",
          "The talk the audience voted best at OSFest 2024.",
          "Chosen by audience vote at the end of the conference.",
          OSF, "as")
    badge(L, "recognition", "appreciation from colleagues",
          "Mentor Appreciation Badge",
          "In appreciation of mentors who supported new colleagues this year, as nominated by their mentees.",
          "Nominated by a mentee.",
          HEALTH, "ach", atype="Award")
    badge(L, "recognition", "student-nominated recognition of a peer",
          "Classmate's Choice",
          "Recognition given by classmates to a student who helped others learn.",
          "Students nominate a classmate; the class votes.",
          NCC, "link")
    badge(L, "recognition", "shout-out from peers",
          "Shout-out: Customer Hero",
          "A shout-out from teammates for exceptional help to a customer.",
          "Given by a teammate through the weekly shout-out channel.",
          ACME, "ob3")
    badge(L, "recognition", "honour from colleagues, no assessment",
          "Volunteer of the Year",
          "Honouring the volunteer whose contribution the other volunteers most appreciated.",
          "Nominated and selected by fellow volunteers.",
          LIB, "bc")
    # knowledge
    badge(L, "knowledge", "misleading 'Certified' name: a quiz without accreditation is knowledge",
          "Certified Quiz Master: Cloud Basics",
          "Show what you know about cloud computing basics.",
          "Answer the 20-question multiple choice quiz and score at least 80%.",
          CLOUD, "ob3", results=[rd("Cloud basics quiz")])
    badge(L, "knowledge", "an introductory course with a passed test",
          "Introduction to Data Privacy",
          "Introductory knowledge of data privacy concepts and the GDPR.",
          "Complete the e-learning module and pass the final test (8 of 10 questions correct).",
          SAFE, "ob3", atype="Course")
    badge(L, "knowledge", "fundamentals verified by an exam",
          "Networking Fundamentals",
          "Demonstrates understanding of basic networking concepts: OSI model, IP addressing, DNS.",
          "Pass the online exam with a score of 70% or higher.",
          NCC, "bc", tags=("networking", "fundamentals"))
    badge(L, "knowledge", "awareness training with a knowledge check",
          "Cybersecurity Awareness 2025",
          "Annual security awareness training for all staff.",
          "Complete the awareness module and pass the knowledge check at the end.",
          ACME, "ach", atype="Assessment")
    badge(L, "knowledge", "misleading 'project' in the name: a fundamentals quiz is knowledge",
          "Project Management Fundamentals Quiz",
          "Covers the basic terminology of project management.",
          "Score at least 75% on the 30-question quiz.",
          ARPP, "as")
    badge(L, "knowledge", "theory exam",
          "Food Hygiene Theory",
          "Knowledge of food hygiene principles for kitchen staff.",
          "Pass the theory exam.",
          SAFE, "link")
    badge(L, "knowledge", "a graded assignment checks understanding; nothing shows practice or mastery",
          "Statistics 101: Probability Concepts",
          "Understanding of probability concepts at an introductory level.",
          "Submit the graded problem set and reach a grade of C or better.",
          MAPLE, "ob3", atype="Assignment", results=[rd("Problem set grade")])
    badge(L, "knowledge", "misleading 'Certificate' type: a self-paced course with a final quiz",
          "Certificate in Accessibility Basics",
          "Learn the basics of web accessibility: WCAG principles and terminology.",
          "Complete the self-paced course and pass the final quiz.",
          CODE, "ob3", atype="Certificate")
    badge(L, "knowledge", "library literacy quiz",
          "Information Literacy Essentials",
          "Essentials of finding and evaluating information sources.",
          "Complete the tutorial and pass the short quiz.",
          LIB, "bc")
    badge(L, "knowledge", "a reading course with an exam",
          "Pharmacology Primer",
          "Primer on pharmacology concepts for new nursing staff.",
          "Pass the multiple choice examination.",
          HEALTH, "ach")
    # skill
    badge(L, "skill", "a portfolio of practical work assessed against a rubric",
          "Responsive Web Design Skills",
          "Builds responsive web pages with HTML and CSS.",
          "Submit a portfolio of three responsive pages; an instructor assesses each against the rubric.",
          CODE, "ob3", atype="Competency", results=[rd("Portfolio rubric", "rubric")],
          evidence=[{"id": "https://portfolio.example.org/jdoe", "name": "Portfolio", "genre": "Portfolio"}])
    badge(L, "skill", "a performance observed in the workplace",
          "IV Cannulation - Practical Skill",
          "Demonstrates the practical skill of peripheral IV cannulation.",
          "Perform three supervised cannulations observed by a clinical educator on the ward.",
          HEALTH, "ob3", atype="Competency")
    badge(L, "skill", "hands-on labs completed and checked",
          "Linux Command Line Skills",
          "Hands-on proficiency with the Linux command line.",
          "Complete 12 hands-on labs; each lab is checked automatically.",
          CLOUD, "bc", tags=("linux", "hands-on"))
    badge(L, "skill", "applied practice: a spreadsheet exercise",
          "Spreadsheet Data Analysis",
          "Applies formulas, pivot tables and charts to real data.",
          "Complete the practical exercises and submit a workbook that applies each technique.",
          LIB, "as", evidence=[{"id": "https://library.riverside.example.org/work/wb-17", "name": "Workbook"}])
    badge(L, "skill", "a lab practical assessed by demonstration",
          "Microscopy Lab Technique",
          "Proficiency in preparing and examining slides under a light microscope.",
          "Demonstrate the technique in the lab practical; the instructor grades it with the lab rubric.",
          MAPLE, "link")
    badge(L, "skill", "a practical first-aid skill shown in scenarios",
          "First Aid at Work: Practical Skills",
          "Performs CPR and the recovery position correctly in simulated scenarios.",
          "Demonstrate the skills in two simulation scenarios.",
          SAFE, "ach", atype="Competency")
    badge(L, "skill", "misleading 'Certificate' type for a skill portfolio",
          "Certificate: Video Editing Skills",
          "Shows practical video editing skills.",
          "Submit a portfolio of two edited videos showing cuts, colour correction and sound mixing.",
          NCC, "ob3", atype="Certificate", evidence=[{"id": "https://video.example.org/reel", "name": "Showreel"}])
    badge(L, "skill", "fieldwork practice",
          "Community Health Fieldwork",
          "Practical fieldwork in a community clinic.",
          "Complete 40 hours of supervised practice; the supervisor signs off the skills checklist.",
          HEALTH, "ob3", atype="Fieldwork")
    badge(L, "skill", "code exercises",
          "Python Data Wrangling",
          "Applies pandas to clean and reshape datasets.",
          "Complete the coding exercises; each is graded by automated tests.",
          CODE, "bc")
    # ability
    badge(L, "ability", "a capstone project: mastery",
          "Full-Stack Capstone",
          "Designs and ships a full-stack application independently.",
          "Complete the capstone project: an end-to-end application for a real client, defended before a panel.",
          CODE, "ob3", atype="Competency", results=[rd("Capstone defence", "rubric")],
          evidence=[{"id": "https://github.com/learner/capstone", "name": "Capstone repository", "genre": "Project"}])
    badge(L, "ability", "misleading type CertificateOfCompletion for a capstone: the project shows mastery",
          "Certificate of Completion: Data Science Capstone",
          "Completion of the data science capstone, an independent project on real-world data.",
          "Plan and carry out an independent capstone project; a rubric-based review by two faculty members.",
          MAPLE, "ob3", atype="CertificateOfCompletion", results=[rd("Capstone review", "rubric")])
    badge(L, "ability", "a thesis: mastery",
          "Research Thesis in Ecology",
          "Awarded for an original research thesis.",
          "Write and defend a thesis based on original research.",
          MAPLE, "bc")
    badge(L, "ability", "advanced independent project",
          "Advanced Cloud Architecture Project",
          "Designs a complex, multi-region architecture independently.",
          "Complete an advanced project: design, build and document a multi-region system; reviewed by experts.",
          CLOUD, "as")
    badge(L, "ability", "mastery through a complex real-world project",
          "Quality Improvement Project Lead",
          "Leads a quality improvement project on a hospital ward from diagnosis to evaluation.",
          "Lead a real-world improvement project over six months and present the results.",
          HEALTH, "ach")
    badge(L, "ability", "synthesis in a capstone portfolio",
          "Design Thinking Mastery",
          "Mastery of the design thinking process, shown in an independent capstone.",
          "Complete the capstone: synthesise research into a tested prototype.",
          NCC, "link")
    badge(L, "ability", "expert-level independent work",
          "Machine Learning Engineering: Expert Project",
          "Expert-level, independent project in machine learning engineering.",
          "Deliver a production-grade model in an independent project; assessed by an expert panel.",
          CODE, "ob3", atype="Competency")
    # certification
    badge(L, "certification", "accredited certification with a proctored exam",
          "Certified Security Analyst (CSA)",
          "An accredited, industry-recognised certification for security analysts.",
          "Pass the proctored certification exam. The certification is accredited under ISO/IEC 17024 and must be renewed every three years.",
          NBCA, "ob3", atype="Certification", results=[rd("Certification exam")])
    badge(L, "certification", "a licence to practise",
          "Licensed Electrician",
          "State licence to practise as an electrician.",
          "Complete the apprenticeship and pass the state licensing examination.",
          SAFE, "ob3", atype="License", license="EL-2024-33817")
    badge(L, "certification", "professional association certification with an exam and recertification",
          "Registered Project Professional",
          "The association's professional certification for experienced project managers.",
          "Hold 3 years of experience, pass the proctored exam and recertify every 3 years.",
          ARPP, "bc")
    badge(L, "certification", "a degree: accredited qualification",
          "Bachelor of Science in Nursing",
          "Bachelor's degree in nursing from an accredited programme.",
          "Complete all 120 credits of the accredited programme.",
          MAPLE, "ob3", atype="BachelorDegree", credits=120)
    badge(L, "certification", "CTDL-registered accredited credential",
          "Cloud Practitioner Certification",
          "Industry-recognised certification for cloud practitioners.",
          "Pass the certification exam at an authorised test centre.",
          CLOUD, "ob3", atype="Certification", alignments=[{
              "targetName": "Cloud Practitioner Certification (accredited)",
              "targetUrl": "https://credentialengineregistry.org/resources/ce-3f1c9a1e-4c7d-4e5e-9b53-1c1b2c3d4e5f",
              "targetDescription": "Accredited by the National Commission for Certifying Agencies.",
              "targetFramework": "Credential Registry", "targetType": "ceterms:Credential"}])
    badge(L, "certification", "issued by an accrediting body",
          "Certified Penetration Tester",
          "Certification for penetration testers.",
          "Pass the practical exam and the written exam.",
          NBCA, "as")
    badge(L, "certification", "a regulated trade certificate",
          "Journeyman Plumber",
          "Journeyman certificate in plumbing.",
          "Complete 8,000 hours of apprenticeship and pass the journeyman exam.",
          SAFE, "ach", atype="JourneymanCertificate")
    badge(L, "certification", "board certification",
          "Board Certified Wound Care Nurse",
          "Board certified specialist credential in wound care nursing.",
          "Pass the board certification exam and hold an active nursing licence.",
          HEALTH, "link")
    # unlabelled-looking but decidable OB 2.0 assertion with evidence
    badge(L, "skill", "evidence of practical work assessed against a rubric",
          "Public Speaking Practice",
          "Delivers a structured five-minute talk.",
          "Perform a five-minute talk, video-recorded and assessed with the speaking rubric.",
          LIB, "as", evidence=[{"id": "https://library.riverside.example.org/talks/42", "narrative": "Recorded talk, rubric score 3/4.", "name": "Talk recording"}])
    badge(L, "knowledge", "a quiz after reading; no practice",
          "Copyright Basics for Creators",
          "Basics of copyright and licensing for creators.",
          "Read the guide and pass the 10-question quiz.",
          LIB, "ob3")
    badge(L, "participation", "conference session attended; CPD hours logged, no test",
          "Nursing Leadership Summit 2025",
          "Attendance at the Nursing Leadership Summit (6 CPD hours).",
          "Attend the summit. No test.",
          HEALTH, "bc")
    badge(L, "recognition", "peer-to-peer appreciation",
          "Thank You Badge",
          "A thank you from a fellow contributor.",
          "Sent by one contributor to another to show appreciation.",
          OSF, "ach")
    badge(L, "ability", "independent research project",
          "Undergraduate Research Project",
          "Independent research project under faculty supervision.",
          "Complete an independent research project and present a poster; graded with the research rubric.",
          MAPLE, "bc")
    badge(L, "certification", "state-approved qualification with a licence",
          "Certified Forklift Operator (Licensed)",
          "Licensed forklift operator certification, government approved.",
          "Pass the practical and theory tests with a licensed assessor.",
          SAFE, "as")

VHS = ("Volkshochschule Leipzig", "https://badges.vhs-leipzig.example.de", "Kommunale Weiterbildungseinrichtung der Stadt Leipzig.")
HSRM = ("Hochschule Rhein-Main", "https://badges.hs-rm.example.de", "Staatliche Hochschule für angewandte Wissenschaften.")
IHKA = ("IHK Akademie München", "https://ihk-akademie.example.de", "Weiterbildungsakademie der Industrie- und Handelskammer.")
MUELLER = ("Müller Logistik GmbH", "https://badges.mueller-logistik.example.de", "Logistikunternehmen, Personalabteilung.")
DIGITAG = ("DigiTag Konferenz", "https://digitag.example.de", "Jährliche Konferenz zur Digitalisierung im Mittelstand.")
TUEV = ("Prüf- und Zertifizierungsstelle Süd", "https://zert-sued.example.de", "Akkreditierte Zertifizierungsstelle für Personal nach DIN EN ISO/IEC 17024.")

def german():
    L = "de"
    badge(L, "participation", "Teilnahme an einem Webinar ohne Prüfung", "Webinar: Datenschutz im Verein",
          "Dieses Badge bestätigt die Teilnahme am Webinar „Datenschutz im Verein“.",
          "Teilnahme am 90-minütigen Live-Webinar. Eine Prüfung findet nicht statt.", VHS, "ob3",
          atype="CertificateOfCompletion", in_language="de")
    badge(L, "participation", "irreführender Typ Certification: nur Konferenzbesuch", "Zertifikat DigiTag 2024",
          "Für den Besuch der DigiTag Konferenz 2024 in Erfurt.",
          "Anwesenheit an mindestens einem Konferenztag, erfasst beim Check-in.", DIGITAG, "ob3", atype="Certification")
    badge(L, "participation", "Workshop besucht, keine Bewertung", "Workshop Teilnehmerin: Nachhaltige Lieferketten",
          "Die Inhaberin hat am Workshop zu nachhaltigen Lieferketten teilgenommen.",
          "Teilnahme am halbtägigen Workshop, ohne Prüfung.", MUELLER, "bc", ob2_language_context="de")
    badge(L, "participation", "Vortragsreihe besucht", "Vortragsreihe Stadtgeschichte",
          "Für den Besuch von vier Vorträgen der Reihe zur Leipziger Stadtgeschichte.",
          "Vier der sechs Vorträge besuchen; die Anwesenheit wird vor Ort bestätigt.", VHS, "as")
    badge(L, "participation", "ehrenamtlicher Einsatz bei einer Veranstaltung", "Ehrenamtliche Helferin Hackathon",
          "Danke für den ehrenamtlichen Einsatz beim Bürger-Hackathon.",
          "Mindestens eine Schicht als Helfer oder Helferin beim Hackathon übernehmen.", DIGITAG, "ach",
          atype="CommunityService")
    badge(L, "participation", "Teilnahmebestätigung Fachtagung", "Teilnahmebestätigung Fachtagung Pflege 2025",
          "Bestätigt die Teilnahme an der Fachtagung Pflege (6 Fortbildungsstunden).",
          "Anwesenheit während der gesamten Tagung.", HSRM, "link")
    badge(L, "recognition", "von Kolleginnen und Kollegen nominiert", "Teamplayer des Monats",
          "Anerkennung für eine Kollegin oder einen Kollegen, die von ihrem Team nominiert wurden.",
          "Nominierung durch mindestens drei Kolleginnen oder Kollegen.", MUELLER, "ob3", atype="Award")
    badge(L, "recognition", "Dankeschön unter Kollegen", "Danke-Badge: Hilfsbereitschaft",
          "Ein Dankeschön von Kolleginnen und Kollegen für besondere Hilfsbereitschaft.",
          "Wird von Kollegen über die Anerkennungsplattform vergeben.", MUELLER, "bc")
    badge(L, "recognition", "Publikumswahl, keine Prüfung", "Publikumspreis bester Vortrag",
          "Der Vortrag, den das Publikum der DigiTag 2024 gewählt hat.",
          "Vom Publikum per Abstimmung gewählt.", DIGITAG, "as")
    badge(L, "recognition", "irreführender Name 'Zertifizierter': eine Auszeichnung durch Mitstudierende",
          "Zertifizierter Lernbuddy",
          "Auszeichnung für Studierende, die von Mitstudierenden für ihre Unterstützung nominiert wurden.",
          "Nominiert von mindestens zwei Kommilitoninnen oder Kommilitonen.", HSRM, "ach")
    badge(L, "recognition", "Wertschätzung für Mentoren", "Mentor*in des Jahres",
          "In Anerkennung und Wertschätzung für Mentorinnen und Mentoren, nominiert von ihren Mentees.",
          "Nominierung durch Mentees.", VHS, "ob3")
    badge(L, "knowledge", "Grundlagenwissen durch einen Test geprüft", "Grundlagen der Buchhaltung",
          "Grundlagenwissen der doppelten Buchführung.",
          "Den Abschlusstest mit mindestens 70 % der Punkte bestehen.", VHS, "ob3", atype="Course",
          in_language="de-DE")
    badge(L, "knowledge", "Multiple-Choice-Prüfung zu Grundbegriffen", "Einführung in die Informationssicherheit",
          "Einführung in Grundbegriffe und Konzepte der Informationssicherheit.",
          "Online-Lernmodul abschließen und die Multiple-Choice-Prüfung bestehen.", MUELLER, "bc")
    badge(L, "knowledge", "irreführender Name 'zertifiziert': ein Quiz ohne Akkreditierung", "Zertifizierter Quiz-Profi: Klimawissen",
          "Zeige dein Wissen über Klima und Energie.",
          "Das Quiz mit 20 Fragen beantworten; mindestens 16 Fragen richtig.", VHS, "ach")
    badge(L, "knowledge", "Theorieprüfung", "Theorieprüfung Ladungssicherung",
          "Kenntnisse zur Ladungssicherung im Straßenverkehr.",
          "Theorieprüfung bestanden.", MUELLER, "as")
    badge(L, "knowledge", "Wissenstest nach einer Vorlesung", "Statistik I: Wahrscheinlichkeit",
          "Verständnis der Grundbegriffe der Wahrscheinlichkeitsrechnung.",
          "Klausur mit der Note 4,0 oder besser bestehen.", HSRM, "ob3", atype="Assessment",
          results=[rd("Klausurnote")])
    badge(L, "skill", "Praxis im Labor, bewertet", "Laborpraxis Mikrobiologie",
          "Praktische Fertigkeiten im mikrobiologischen Labor.",
          "Zehn Laborübungen durchführen; jede Übung wird von der Laborleitung bewertet.", HSRM, "ob3",
          atype="Competency", results=[rd("Laborbewertung", "rubric")])
    badge(L, "skill", "Portfolio praktischer Arbeiten", "Webdesign Praxis",
          "Gestaltet responsive Webseiten und wendet Gestaltungsregeln an.",
          "Ein Portfolio mit drei Webseiten einreichen, bewertet nach Bewertungsraster.", VHS, "bc",
          ob2_language_context="de")
    badge(L, "skill", "praktische Fertigkeit am Arbeitsplatz nachgewiesen", "Staplerfahren: Praktische Fertigkeiten",
          "Sicheres Fahren und Be- und Entladen mit dem Gabelstapler.",
          "Praktische Übungen am Arbeitsplatz unter Aufsicht eines Ausbilders durchgeführt.", MUELLER, "ach",
          atype="Competency")
    badge(L, "skill", "irreführender Typ Certificate: Praxisübungen", "Zertifikat Tabellenkalkulation Praxis",
          "Wendet Formeln, Pivot-Tabellen und Diagramme in praktischen Übungen an.",
          "Alle Praxisübungen lösen und eine Arbeitsmappe einreichen.", VHS, "ob3", atype="Certificate")
    badge(L, "skill", "Handlungskompetenz in Simulation", "Erste Hilfe: Handlungskompetenz",
          "Führt Herz-Lungen-Wiederbelebung in Simulationen korrekt durch.",
          "Zwei Simulationsszenarien werden von der Ausbilderin bewertet.", VHS, "link")
    badge(L, "ability", "Abschlussprojekt mit realem Auftraggeber", "Abschlussprojekt Softwareentwicklung",
          "Entwickelt selbstständig eine vollständige Anwendung für einen realen Auftraggeber.",
          "Abschlussprojekt planen, umsetzen und vor einer Kommission verteidigen.", HSRM, "ob3",
          atype="Competency", evidence=[{"id": "https://git.example.de/abschluss", "name": "Projekt-Repository"}])
    badge(L, "ability", "Masterarbeit", "Masterarbeit Wirtschaftsinformatik",
          "Eigenständige wissenschaftliche Abschlussarbeit.",
          "Masterarbeit verfassen und im Kolloquium verteidigen.", HSRM, "bc")
    badge(L, "ability", "komplexes Praxisprojekt eigenverantwortlich geleitet", "Projektleitung Lagerumbau",
          "Hat ein komplexes Praxisprojekt eigenverantwortlich geleitet.",
          "Leitung eines realen Projekts über sechs Monate mit Abschlusspräsentation.", MUELLER, "as")
    badge(L, "ability", "fortgeschrittene selbstständige Arbeit", "Fortgeschrittene Datenanalyse: Projekt",
          "Fortgeschrittene, selbstständige Analyse eines komplexen Datensatzes.",
          "Ein eigenes Analyseprojekt durchführen; Bewertung durch zwei Expertinnen.", VHS, "ach")
    badge(L, "ability", "Capstone mit Meisterschaft", "Capstone Produktdesign",
          "Beherrscht den gesamten Designprozess, gezeigt im Capstone-Projekt.",
          "Capstone-Projekt von der Recherche bis zum getesteten Prototyp.", HSRM, "link")
    badge(L, "certification", "akkreditierte Personenzertifizierung", "Zertifizierter Datenschutzbeauftragter",
          "Personenzertifizierung nach DIN EN ISO/IEC 17024, akkreditiert durch die DAkkS.",
          "Beaufsichtigte Prüfung bestehen; Rezertifizierung alle drei Jahre.", TUEV, "ob3", atype="Certification")
    badge(L, "certification", "IHK-Abschluss, staatlich anerkannt", "Geprüfte Fachwirtin für Logistiksysteme (IHK)",
          "Staatlich anerkannter Fortbildungsabschluss der IHK.",
          "Schriftliche und mündliche Prüfung vor dem Prüfungsausschuss der IHK.", IHKA, "bc")
    badge(L, "certification", "Meisterbrief: Handwerksqualifikation", "Meisterbrief Elektrotechnik",
          "Meisterprüfung im Elektrotechniker-Handwerk.",
          "Alle vier Teile der Meisterprüfung vor der Handwerkskammer bestanden.", IHKA, "ob3",
          atype="MasterCertificate")
    badge(L, "certification", "Bachelorgrad einer akkreditierten Hochschule", "Bachelor of Science Informatik",
          "Akademischer Grad eines akkreditierten Studiengangs.",
          "180 ECTS-Punkte im akkreditierten Studiengang erworben.", HSRM, "ob3", atype="BachelorDegree", credits=180)
    badge(L, "certification", "Zertifizierungsstelle, akkreditiert", "Zertifizierte Schweißaufsichtsperson",
          "Zertifizierung durch eine akkreditierte Zertifizierungsstelle.",
          "Prüfung unter Aufsicht bestanden.", TUEV, "as")

VIGNE = ("Université de Lyon – Campus numérique", "https://badges.univ-lyon.example.fr", "Université publique.")
GRETA = ("GRETA Paris Centre", "https://badges.greta-paris.example.fr", "Réseau public de formation continue.")
FESTI = ("Festival du Numérique de Nantes", "https://festinum.example.fr", "Rencontres annuelles autour du numérique.")
BOUL = ("Boulangeries Martin SA", "https://badges.martin-boulangeries.example.fr", "Entreprise artisanale, service des ressources humaines.")
AFNOR = ("Organisme Certificateur Qualité France", "https://ocqf.example.fr", "Organisme certificateur accrédité par le COFRAC.")

def french():
    L = "fr"
    badge(L, "participation", "participation à un webinaire, sans évaluation", "Webinaire : l'IA à l'école",
          "Ce badge atteste la participation au webinaire sur l'intelligence artificielle à l'école.",
          "Assister au webinaire en direct (1 h 30). Aucune évaluation.", VIGNE, "ob3",
          atype="CertificateOfCompletion", in_language="fr")
    badge(L, "participation", "type trompeur Certification pour une présence à une conférence", "Certificat de participation Festival du Numérique",
          "Attestation de présence au Festival du Numérique 2024.",
          "Être présent à au moins une journée du festival.", FESTI, "ob3", atype="Certification")
    badge(L, "participation", "atelier suivi sans évaluation", "Atelier zéro déchet",
          "Le titulaire a participé à l'atelier zéro déchet de la médiathèque.",
          "Participer à l'atelier de deux heures.", GRETA, "bc", ob2_language_context="fr")
    badge(L, "participation", "cycle de conférences suivi", "Cycle de conférences Histoire de l'art",
          "Pour avoir assisté à quatre conférences du cycle d'histoire de l'art.",
          "Assister à quatre conférences sur six ; la présence est notée sur place.", VIGNE, "as")
    badge(L, "participation", "bénévolat lors d'un événement", "Bénévole du hackathon citoyen",
          "Merci pour votre engagement bénévole lors du hackathon citoyen.",
          "Assurer au moins un créneau comme bénévole pendant l'événement.", FESTI, "ach", atype="CommunityService")
    badge(L, "participation", "séminaire, présence seulement", "Séminaire sécurité alimentaire",
          "Participation au séminaire trimestriel sur la sécurité alimentaire.",
          "Présence au séminaire. Sans évaluation.", BOUL, "link")
    badge(L, "recognition", "nommé par ses pairs", "Collègue de l'année",
          "Distinction décernée à un collègue nommé par ses pairs pour son esprit d'équipe.",
          "Nomination par au moins trois collègues, puis vote de l'équipe.", BOUL, "ob3", atype="Award")
    badge(L, "recognition", "remerciement entre collègues", "Merci ! Esprit d'entraide",
          "Un remerciement de vos collègues pour votre esprit d'entraide.",
          "Attribué par un collègue via la plateforme de reconnaissance.", BOUL, "bc")
    badge(L, "recognition", "prix du public, vote", "Prix du public meilleure intervention",
          "L'intervention élue par le public du festival.",
          "Élue par vote du public.", FESTI, "as")
    badge(L, "recognition", "nom trompeur 'certifié' pour une reconnaissance entre pairs", "Tuteur certifié par les pairs",
          "Reconnaissance accordée aux étudiants tuteurs nominés par leurs pairs.",
          "Être nominé par au moins deux étudiants.", VIGNE, "ach")
    badge(L, "recognition", "hommage des bénévoles", "Bénévole de l'année",
          "En reconnaissance de l'engagement d'un bénévole, élu par les autres bénévoles.",
          "Élu par les bénévoles de l'association.", GRETA, "ob3")
    badge(L, "knowledge", "connaissances vérifiées par un QCM", "Initiation à la comptabilité",
          "Connaissances de base en comptabilité générale.",
          "Réussir le QCM final avec au moins 70 % de bonnes réponses.", GRETA, "ob3", atype="Course", in_language="fr-FR")
    badge(L, "knowledge", "sensibilisation avec questionnaire", "Sensibilisation à la cybersécurité",
          "Sensibilisation aux notions essentielles de la cybersécurité.",
          "Suivre le module et réussir le questionnaire final.", BOUL, "bc")
    badge(L, "knowledge", "nom trompeur 'certifié' : un quiz sans accréditation", "Quiz certifié : culture numérique",
          "Testez vos connaissances en culture numérique.",
          "Répondre au quiz de 20 questions ; 16 bonnes réponses minimum.", FESTI, "ach")
    badge(L, "knowledge", "examen théorique", "Examen théorique hygiène alimentaire",
          "Connaissances théoriques en hygiène alimentaire.",
          "Examen théorique réussi.", BOUL, "as")
    badge(L, "knowledge", "compréhension vérifiée par un examen", "Statistiques : notions de probabilité",
          "Compréhension des notions de base en probabilités.",
          "Obtenir au moins 10/20 à l'examen.", VIGNE, "ob3", atype="Assessment", results=[rd("Note d'examen")])
    badge(L, "skill", "travaux pratiques évalués", "Travaux pratiques de chimie",
          "Maîtrise des gestes de laboratoire en chimie.",
          "Réaliser dix séances de travaux pratiques ; chaque séance est évaluée selon une grille.", VIGNE, "ob3",
          atype="Competency", results=[rd("Grille d'évaluation TP", "rubric")])
    badge(L, "skill", "portfolio de réalisations", "Compétences en graphisme",
          "Mise en pratique des règles de composition graphique.",
          "Déposer un portfolio de trois réalisations évaluées par un formateur.", GRETA, "bc",
          ob2_language_context="fr")
    badge(L, "skill", "compétence démontrée en situation de travail", "Façonnage du pain : compétence pratique",
          "Savoir-faire pratique du façonnage des pains.",
          "Démontrer le geste en situation de travail devant le maître boulanger.", BOUL, "ach", atype="Competency")
    badge(L, "skill", "type trompeur Certificate : exercices pratiques", "Certificat tableur pratique",
          "Applique les formules et tableaux croisés dans des exercices pratiques.",
          "Réaliser tous les exercices pratiques et remettre le classeur.", GRETA, "ob3", atype="Certificate")
    badge(L, "skill", "mise en situation simulée", "Premiers secours : mise en situation",
          "Pratique des gestes de premiers secours en simulation.",
          "Deux mises en situation évaluées par le formateur.", GRETA, "link")
    badge(L, "ability", "projet de fin d'études", "Projet de fin d'études en génie logiciel",
          "Conçoit et réalise en autonomie une application complète pour un client réel.",
          "Projet de fin d'études soutenu devant un jury.", VIGNE, "ob3", atype="Competency",
          evidence=[{"id": "https://git.example.fr/pfe", "name": "Dépôt du projet"}])
    badge(L, "ability", "mémoire de recherche", "Mémoire de master en sociologie",
          "Mémoire de recherche original.", "Rédiger et soutenir un mémoire de recherche.", VIGNE, "bc")
    badge(L, "ability", "projet complexe mené en autonomie", "Conduite de projet : ouverture d'une boutique",
          "A mené en autonomie un projet complexe d'ouverture de boutique.",
          "Piloter le projet réel sur six mois et présenter le bilan.", BOUL, "as")
    badge(L, "ability", "niveau avancé, projet approfondi", "Analyse de données avancée : projet",
          "Analyse approfondie et autonome d'un jeu de données complexe.",
          "Réaliser un projet d'analyse ; évaluation par deux experts.", GRETA, "ach")
    badge(L, "ability", "maîtrise démontrée par un projet capstone", "Capstone design de service",
          "Maîtrise de la démarche de design de service, démontrée par un projet capstone.",
          "Projet capstone de la recherche au prototype testé.", VIGNE, "link")
    badge(L, "certification", "certification accréditée, examen surveillé", "Auditeur qualité certifié",
          "Certification de personnes accréditée par le COFRAC selon l'ISO/IEC 17024.",
          "Réussir l'examen surveillé ; recertification tous les trois ans.", AFNOR, "ob3", atype="Certification")
    badge(L, "certification", "titre professionnel enregistré au RNCP", "Titre professionnel Développeur web",
          "Titre professionnel de niveau 5 enregistré au RNCP.",
          "Réussir l'épreuve devant un jury professionnel.", GRETA, "bc")
    badge(L, "certification", "diplôme de licence", "Licence Informatique",
          "Diplôme national de licence.", "Obtenir 180 crédits ECTS.", VIGNE, "ob3", atype="BachelorDegree", credits=180)
    badge(L, "certification", "CAP: diplôme d'État", "CAP Boulanger",
          "Certificat d'aptitude professionnelle, diplôme d'État.",
          "Réussir les épreuves pratiques et écrites de l'examen.", BOUL, "ob3", atype="Diploma")
    badge(L, "certification", "organisme certificateur accrédité", "Formateur certifié Qualiopi",
          "Certification délivrée par un organisme certificateur accrédité.",
          "Audit réussi et examen surveillé.", AFNOR, "as")

UNIES = ("Universidad de Valencia – Formación Permanente", "https://insignias.uv.example.es", "Universidad pública.")
AYTO = ("Ayuntamiento de Sevilla – Juventud", "https://insignias.sevilla.example.es", "Programa municipal de juventud.")
CONGRESO = ("Congreso Tech Madrid", "https://congresotech.example.es", "Encuentro anual de la comunidad tecnológica.")
HOTEL = ("Hoteles Sol y Mar", "https://insignias.solymar.example.es", "Cadena hotelera, departamento de personas.")
ACRED = ("Entidad de Certificación Profesional", "https://ecp.example.es", "Entidad de certificación acreditada por ENAC.")

def spanish():
    L = "es"
    badge(L, "participation", "asistencia a un webinario, sin evaluación", "Webinario: Marketing digital para pymes",
          "Esta insignia reconoce la asistencia al webinario sobre marketing digital para pymes.",
          "Asistir al webinario en directo (90 minutos). Sin evaluación.", UNIES, "ob3",
          atype="CertificateOfCompletion", in_language="es")
    badge(L, "participation", "tipo engañoso Certification para asistir a un congreso", "Certificado de asistencia Congreso Tech 2024",
          "Certificado de asistencia al Congreso Tech Madrid 2024.",
          "Asistir al menos a una jornada del congreso.", CONGRESO, "ob3", atype="Certification")
    badge(L, "participation", "taller, participación", "Taller de huertos urbanos",
          "La persona participó en el taller de huertos urbanos.",
          "Participar en el taller de tres horas.", AYTO, "bc", ob2_language_context="es")
    badge(L, "participation", "ciclo de charlas", "Ciclo de charlas Ciencia en el barrio",
          "Por asistir a cuatro charlas del ciclo de divulgación científica.",
          "Asistir a cuatro de las seis charlas; se registra la asistencia.", AYTO, "as")
    badge(L, "participation", "voluntariado en un evento", "Voluntario del maratón solidario",
          "Gracias por tu voluntariado en el maratón solidario.",
          "Colaborar como voluntario en al menos un turno del evento.", AYTO, "ach", atype="CommunityService")
    badge(L, "participation", "jornada, solo asistencia", "Jornada de seguridad alimentaria",
          "Participación en la jornada de seguridad alimentaria para el personal.",
          "Asistencia a la jornada completa.", HOTEL, "link")
    badge(L, "recognition", "nominado por sus compañeros", "Compañero del mes",
          "Reconocimiento a un compañero nominado por su equipo por su actitud de servicio.",
          "Nominación de al menos tres compañeros y votación del equipo.", HOTEL, "ob3", atype="Award")
    badge(L, "recognition", "agradecimiento entre colegas", "¡Gracias! Espíritu de equipo",
          "Un agradecimiento de tus compañeros por tu espíritu de equipo.",
          "Lo otorga un compañero desde la plataforma de reconocimiento.", HOTEL, "bc")
    badge(L, "recognition", "premio del público por votación", "Premio del público a la mejor ponencia",
          "La ponencia más votada por el público del congreso.",
          "Elegida por votación del público.", CONGRESO, "as")
    badge(L, "recognition", "nombre engañoso 'certificado': reconocimiento de pares", "Mentor certificado por sus pares",
          "Reconocimiento a estudiantes mentores nominados por sus compañeros.",
          "Nominación por al menos dos estudiantes.", UNIES, "ach")
    badge(L, "recognition", "homenaje de los voluntarios", "Voluntaria destacada del año",
          "En reconocimiento a la voluntaria más destacada, elegida por el resto de voluntarios.",
          "Votación entre los voluntarios del programa.", AYTO, "ob3")
    badge(L, "knowledge", "conocimientos evaluados con un cuestionario", "Introducción a la contabilidad",
          "Conocimientos básicos de contabilidad financiera.",
          "Aprobar el cuestionario final con al menos un 70 %.", UNIES, "ob3", atype="Course", in_language="es-ES")
    badge(L, "knowledge", "prueba tipo test", "Fundamentos de ciberseguridad",
          "Conceptos fundamentales de ciberseguridad para el personal.",
          "Completar el módulo y superar la prueba tipo test.", HOTEL, "bc")
    badge(L, "knowledge", "nombre engañoso 'certificado': un quiz sin acreditación", "Experto certificado en trivia de historia",
          "Pon a prueba tus conocimientos de historia local.",
          "Responder el cuestionario de 20 preguntas con al menos 16 aciertos.", AYTO, "ach")
    badge(L, "knowledge", "examen teórico", "Examen teórico de manipulación de alimentos",
          "Conocimientos teóricos sobre manipulación de alimentos.", "Examen teórico aprobado.", HOTEL, "as")
    badge(L, "knowledge", "comprensión evaluada con examen", "Estadística: nociones de probabilidad",
          "Comprensión de nociones básicas de probabilidad.",
          "Obtener una nota mínima de 5 en el examen.", UNIES, "ob3", atype="Assessment", results=[rd("Nota del examen")])
    badge(L, "skill", "prácticas de laboratorio evaluadas", "Prácticas de laboratorio de química",
          "Destreza en técnicas básicas de laboratorio.",
          "Realizar diez prácticas de laboratorio evaluadas con rúbrica.", UNIES, "ob3", atype="Competency",
          results=[rd("Rúbrica de prácticas", "rubric")])
    badge(L, "skill", "portafolio de trabajos prácticos", "Habilidades de diseño gráfico",
          "Aplica principios de composición en piezas gráficas.",
          "Entregar un portafolio con tres piezas evaluadas por el docente.", AYTO, "bc", ob2_language_context="es")
    badge(L, "skill", "habilidad demostrada en el puesto", "Atención al cliente en recepción: habilidad práctica",
          "Desempeño práctico en la recepción del hotel.",
          "Demostrar la habilidad en el puesto, observada por la jefa de recepción.", HOTEL, "ach", atype="Competency")
    badge(L, "skill", "tipo engañoso Certificate: ejercicios prácticos", "Certificado de hoja de cálculo práctica",
          "Aplica fórmulas y tablas dinámicas en ejercicios prácticos.",
          "Resolver todos los ejercicios prácticos y entregar el libro.", UNIES, "ob3", atype="Certificate")
    badge(L, "skill", "simulación práctica", "Primeros auxilios: práctica en simulación",
          "Aplica las maniobras de primeros auxilios en simulaciones.",
          "Dos simulaciones evaluadas por el instructor.", AYTO, "link")
    badge(L, "ability", "trabajo de fin de grado", "Trabajo de fin de grado en ingeniería",
          "Diseña y desarrolla de forma autónoma un sistema completo para un cliente real.",
          "Defender el trabajo de fin de grado ante un tribunal.", UNIES, "ob3", atype="Competency",
          evidence=[{"id": "https://git.example.es/tfg", "name": "Repositorio del proyecto"}])
    badge(L, "ability", "tesis", "Tesis de máster en sociología", "Tesis de investigación original.",
          "Redactar y defender la tesis.", UNIES, "bc")
    badge(L, "ability", "proyecto complejo dirigido de forma autónoma", "Dirección de proyecto: apertura de hotel",
          "Dirigió de forma autónoma un proyecto complejo de apertura.",
          "Dirigir el proyecto real durante seis meses y presentar resultados.", HOTEL, "as")
    badge(L, "ability", "proyecto avanzado", "Análisis de datos avanzado: proyecto",
          "Análisis avanzado y autónomo de un conjunto de datos complejo.",
          "Realizar un proyecto propio evaluado por dos expertos.", UNIES, "ach")
    badge(L, "ability", "proyecto capstone", "Capstone de diseño de servicios",
          "Dominio del proceso de diseño de servicios, demostrado en un proyecto capstone.",
          "Proyecto capstone desde la investigación hasta el prototipo probado.", UNIES, "link")
    badge(L, "certification", "certificación acreditada con examen supervisado", "Auditor de calidad certificado",
          "Certificación de personas acreditada por ENAC según ISO/IEC 17024.",
          "Superar el examen supervisado; recertificación cada tres años.", ACRED, "ob3", atype="Certification")
    badge(L, "certification", "certificado de profesionalidad con validez oficial", "Certificado de profesionalidad en cocina",
          "Certificado de profesionalidad con validez oficial en todo el territorio.",
          "Superar todos los módulos y las prácticas profesionales.", HOTEL, "bc")
    badge(L, "certification", "grado universitario", "Grado en Enfermería", "Título universitario oficial de grado.",
          "Obtener 240 créditos ECTS.", UNIES, "ob3", atype="BachelorDegree", credits=240)
    badge(L, "certification", "licencia profesional", "Licencia de instalador eléctrico",
          "Licencia para ejercer como instalador eléctrico autorizado.",
          "Aprobar el examen oficial.", ACRED, "ob3", atype="License", license="IE-2024-5521")
    badge(L, "certification", "entidad de certificación acreditada", "Técnico certificado en prevención de riesgos",
          "Certificación otorgada por una entidad acreditada.", "Examen supervisado aprobado.", ACRED, "as")

USP = ("Universidade Federal do Paraná – Extensão", "https://badges.ufpr.example.br", "Universidade pública federal.")
PREF = ("Prefeitura de Recife – Juventude", "https://badges.recife.example.br", "Programa municipal de juventude.")
EVENTO = ("Conferência Dev Lisboa", "https://devlisboa.example.pt", "Encontro anual de programadores.")
LOJA = ("Supermercados Bom Preço", "https://badges.bompreco.example.br", "Rede de supermercados, recursos humanos.")
CERTPT = ("Organismo Certificador Nacional", "https://ocn.example.pt", "Organismo certificador acreditado pelo IPAC.")

def portuguese():
    L = "pt"
    badge(L, "participation", "participação num webinário, sem avaliação", "Webinário: Finanças pessoais",
          "Este selo reconhece a participação no webinário sobre finanças pessoais.",
          "Participar do webinário ao vivo (1 hora). Sem avaliação.", USP, "ob3", atype="CertificateOfCompletion",
          in_language="pt-BR")
    badge(L, "participation", "tipo enganoso Certification para presença num evento", "Certificado de presença Dev Lisboa 2024",
          "Certificado de presença na Conferência Dev Lisboa 2024.",
          "Estar presente em pelo menos um dia da conferência.", EVENTO, "ob3", atype="Certification")
    badge(L, "participation", "oficina, participação", "Oficina de horta comunitária",
          "A pessoa participou da oficina de horta comunitária.",
          "Participar da oficina de três horas.", PREF, "bc", ob2_language_context="pt")
    badge(L, "participation", "ciclo de palestras", "Ciclo de palestras Ciência na praça",
          "Por assistir a quatro palestras do ciclo de divulgação científica.",
          "Assistir a quatro das seis palestras; a presença é registrada.", PREF, "as")
    badge(L, "participation", "voluntariado num evento", "Voluntário da corrida solidária",
          "Obrigado pelo seu voluntariado na corrida solidária.",
          "Atuar como voluntário em pelo menos um turno do evento.", PREF, "ach", atype="CommunityService")
    badge(L, "recognition", "indicado pelos colegas", "Colega do mês",
          "Reconhecimento a um colega indicado pela equipe pelo seu espírito de colaboração.",
          "Indicação de pelo menos três colegas e votação da equipe.", LOJA, "ob3", atype="Award")
    badge(L, "recognition", "agradecimento entre colegas", "Obrigado! Espírito de equipe",
          "Um agradecimento dos seus colegas pelo espírito de equipe.",
          "Concedido por um colega na plataforma de reconhecimento.", LOJA, "bc")
    badge(L, "recognition", "prémio do público por votação", "Prémio do público melhor palestra",
          "A palestra mais votada pelo público da conferência.", "Escolhida por votação do público.", EVENTO, "as")
    badge(L, "recognition", "nome enganoso 'certificado': reconhecimento de pares", "Monitor certificado pelos pares",
          "Reconhecimento a estudantes monitores indicados pelos colegas.",
          "Indicação por pelo menos dois estudantes.", USP, "ach")
    badge(L, "recognition", "homenagem dos voluntários", "Voluntária destaque do ano",
          "Homenagem à voluntária de destaque, escolhida pelos demais voluntários.",
          "Votação entre os voluntários do programa.", PREF, "ob3")
    badge(L, "knowledge", "conhecimento avaliado por questionário", "Introdução à contabilidade",
          "Conhecimentos básicos de contabilidade.",
          "Ser aprovado no questionário final com pelo menos 70 %.", USP, "ob3", atype="Course", in_language="pt")
    badge(L, "knowledge", "prova de múltipla escolha", "Fundamentos de segurança da informação",
          "Conceitos fundamentais de segurança da informação.",
          "Concluir o módulo e ser aprovado na prova de múltipla escolha.", LOJA, "bc")
    badge(L, "knowledge", "nome enganoso 'certificado': quiz sem acreditação", "Quiz certificado: cultura geral",
          "Teste os seus conhecimentos de cultura geral.",
          "Responder ao quiz de 20 perguntas com pelo menos 16 acertos.", PREF, "ach")
    badge(L, "knowledge", "exame teórico", "Exame teórico de boas práticas de manipulação",
          "Conhecimento teórico sobre boas práticas na manipulação de alimentos.", "Exame teórico aprovado.", LOJA, "as")
    badge(L, "knowledge", "compreensão avaliada por prova", "Estatística: noções de probabilidade",
          "Compreensão de noções básicas de probabilidade.",
          "Obter nota mínima 6 na prova.", USP, "ob3", atype="Assessment", results=[rd("Nota da prova")])
    badge(L, "skill", "práticas de laboratório avaliadas", "Práticas de laboratório de química",
          "Habilidades práticas em técnicas de laboratório.",
          "Realizar dez práticas de laboratório avaliadas com rubrica.", USP, "ob3", atype="Competency",
          results=[rd("Rubrica das práticas", "rubric")])
    badge(L, "skill", "portfólio de trabalhos práticos", "Habilidades de design gráfico",
          "Aplica princípios de composição em peças gráficas.",
          "Entregar um portfólio com três peças avaliadas pelo professor.", PREF, "bc", ob2_language_context="pt")
    badge(L, "skill", "habilidade demonstrada no posto de trabalho", "Operação de caixa: habilidade prática",
          "Desempenho prático na operação de caixa.",
          "Demonstrar a habilidade no posto de trabalho, observada pela supervisora.", LOJA, "ach", atype="Competency")
    badge(L, "skill", "tipo enganoso Certificate: exercícios práticos", "Certificado de planilhas na prática",
          "Aplica fórmulas e tabelas dinâmicas em exercícios práticos.",
          "Resolver todos os exercícios práticos e entregar a planilha.", USP, "ob3", atype="Certificate")
    badge(L, "skill", "simulação prática", "Primeiros socorros: prática em simulação",
          "Aplica as manobras de primeiros socorros em simulações.",
          "Duas simulações avaliadas pelo instrutor.", PREF, "link")
    badge(L, "ability", "trabalho de conclusão de curso", "TCC em engenharia de software",
          "Projeta e desenvolve de forma autónoma um sistema completo para um cliente real.",
          "Defender o trabalho de conclusão de curso perante a banca.", USP, "ob3", atype="Competency",
          evidence=[{"id": "https://git.example.br/tcc", "name": "Repositório do projeto"}])
    badge(L, "ability", "dissertação", "Dissertação de mestrado em sociologia", "Dissertação de pesquisa original.",
          "Redigir e defender a dissertação.", USP, "bc")
    badge(L, "ability", "projeto complexo conduzido com autonomia", "Gestão de projeto: abertura de loja",
          "Conduziu com autonomia um projeto complexo de abertura de loja.",
          "Conduzir o projeto real durante seis meses e apresentar resultados.", LOJA, "as")
    badge(L, "ability", "projeto avançado", "Análise de dados avançada: projeto",
          "Análise avançada e autónoma de um conjunto de dados complexo.",
          "Realizar um projeto próprio avaliado por dois especialistas.", USP, "ach")
    badge(L, "certification", "certificação acreditada com exame supervisionado", "Auditor da qualidade certificado",
          "Certificação de pessoas acreditada pelo IPAC segundo a ISO/IEC 17024.",
          "Ser aprovado no exame supervisionado; recertificação a cada três anos.", CERTPT, "ob3", atype="Certification")
    badge(L, "certification", "curso reconhecido pelo MEC", "Técnico em enfermagem",
          "Curso técnico reconhecido pelo MEC, com registo no conselho profissional.",
          "Concluir todas as disciplinas e o estágio supervisionado.", USP, "bc")
    badge(L, "certification", "licenciatura", "Licenciatura em Matemática", "Diploma de graduação.",
          "Concluir 180 créditos.", USP, "ob3", atype="BachelorDegree", credits=180)
    badge(L, "certification", "organismo certificador acreditado", "Técnico certificado em segurança no trabalho",
          "Certificação emitida por um organismo certificador acreditado.", "Exame supervisionado aprovado.",
          CERTPT, "as")

HVA = ("Hogeschool van Amsterdam – Leven Lang Ontwikkelen", "https://badges.hva.example.nl", "Hogeschool voor toegepaste wetenschappen.")
BIEB = ("Bibliotheek Utrecht", "https://badges.bibliotheek-utrecht.example.nl", "Openbare bibliotheek.")
TECHDAG = ("TechDag Eindhoven", "https://techdag.example.nl", "Jaarlijks congres voor technologie en innovatie.")
ZORG = ("Zorggroep Noord", "https://badges.zorggroepnoord.example.nl", "Zorgorganisatie, afdeling opleidingen.")
CERTNL = ("Stichting Persoonscertificering Nederland", "https://spn.example.nl", "Certificerende instelling, geaccrediteerd door de RvA.")

def dutch():
    L = "nl"
    badge(L, "participation", "deelname aan een webinar, zonder toets", "Webinar: AI in het onderwijs",
          "Deze badge bevestigt deelname aan het webinar over AI in het onderwijs.",
          "Het live webinar bijwonen (1,5 uur). Er is geen toets.", HVA, "ob3", atype="CertificateOfCompletion",
          in_language="nl")
    badge(L, "participation", "misleidend type Certification voor congresbezoek", "Certificaat TechDag 2024",
          "Voor het bijwonen van TechDag Eindhoven 2024.",
          "Aanwezig zijn op minstens één congresdag.", TECHDAG, "ob3", atype="Certification")
    badge(L, "participation", "workshop gevolgd", "Workshop duurzaam tuinieren",
          "De houder heeft deelgenomen aan de workshop duurzaam tuinieren.",
          "Deelname aan de workshop van drie uur.", BIEB, "bc", ob2_language_context="nl")
    badge(L, "participation", "lezingenreeks bijgewoond", "Lezingenreeks stadsgeschiedenis",
          "Voor het bijwonen van vier lezingen over de geschiedenis van Utrecht.",
          "Vier van de zes lezingen bijwonen; aanwezigheid wordt geregistreerd.", BIEB, "as")
    badge(L, "participation", "vrijwilligerswerk bij een evenement", "Vrijwilliger hackathon",
          "Bedankt voor je inzet als vrijwilliger bij de hackathon.",
          "Minstens één dienst als vrijwilliger tijdens het evenement.", TECHDAG, "ach", atype="CommunityService")
    badge(L, "recognition", "genomineerd door collega's", "Collega van de maand",
          "Erkenning voor een collega die door het team is genomineerd.",
          "Nominatie door minstens drie collega's.", ZORG, "ob3", atype="Award")
    badge(L, "recognition", "bedankje van collega's", "Bedankt! Teamgeest",
          "Een bedankje van je collega's voor je teamgeest.",
          "Toegekend door een collega via het waarderingsplatform.", ZORG, "bc")
    badge(L, "recognition", "publieksprijs, gestemd", "Publieksprijs beste lezing",
          "De lezing waarop het publiek van TechDag het meest heeft gestemd.",
          "Gekozen door het publiek.", TECHDAG, "as")
    badge(L, "recognition", "misleidende naam 'gecertificeerd': waardering door medestudenten", "Gecertificeerde studiebuddy",
          "Waardering voor studenten die door medestudenten zijn genomineerd voor hun hulp.",
          "Genomineerd door minstens twee medestudenten.", HVA, "ach")
    badge(L, "recognition", "waardering door vrijwilligers", "Vrijwilliger van het jaar",
          "Als blijk van waardering voor de vrijwilliger die door de andere vrijwilligers is gekozen.",
          "Gekozen door de vrijwilligers.", BIEB, "ob3")
    badge(L, "knowledge", "kennis getoetst", "Inleiding boekhouden",
          "Basiskennis van boekhouden.", "De eindtoets met minimaal 70 % goede antwoorden halen.", HVA, "ob3",
          atype="Course", in_language="nl-NL")
    badge(L, "knowledge", "meerkeuzetoets", "Basisbegrippen informatiebeveiliging",
          "Kennis van basisbegrippen van informatiebeveiliging.",
          "De module afronden en de meerkeuzetoets halen.", ZORG, "bc")
    badge(L, "knowledge", "misleidende naam 'gecertificeerd': quiz zonder accreditatie", "Gecertificeerde quizkampioen",
          "Test je kennis over de Nederlandse geschiedenis.",
          "Beantwoord de quiz van 20 vragen; minimaal 16 goed.", BIEB, "ach")
    badge(L, "knowledge", "theorie-examen", "Theorie-examen medicatieveiligheid",
          "Theoretische kennis van medicatieveiligheid.", "Theorie-examen behaald.", ZORG, "as")
    badge(L, "knowledge", "tentamen", "Statistiek: kansrekening",
          "Begrip van de basis van kansrekening.", "Het tentamen met minimaal een 5,5 halen.", HVA, "ob3",
          atype="Assessment", results=[rd("Tentamencijfer")])
    badge(L, "skill", "praktijkopdrachten beoordeeld", "Practicum scheikunde",
          "Praktische vaardigheden in het laboratorium.",
          "Tien practica uitvoeren; elk practicum wordt met een rubric beoordeeld.", HVA, "ob3", atype="Competency",
          results=[rd("Rubric practicum", "rubric")])
    badge(L, "skill", "portfolio", "Vaardigheden grafisch ontwerp",
          "Past ontwerpprincipes toe in grafisch werk.",
          "Een portfolio met drie ontwerpen inleveren, beoordeeld door de docent.", BIEB, "bc", ob2_language_context="nl")
    badge(L, "skill", "vaardigheid aangetoond op de werkplek", "Tillen en transfers: praktijkvaardigheid",
          "Veilig tillen en transfers uitvoeren in de zorgpraktijk.",
          "Vaardigheid aangetoond op de werkplek, beoordeeld door de praktijkopleider.", ZORG, "ach",
          atype="Competency")
    badge(L, "skill", "misleidend type Certificate: praktijkoefeningen", "Certificaat spreadsheets in de praktijk",
          "Past formules en draaitabellen toe in praktijkoefeningen.",
          "Alle oefeningen maken en de werkmap inleveren.", HVA, "ob3", atype="Certificate")
    badge(L, "skill", "simulatie", "Reanimatie: praktijk in simulatie",
          "Voert reanimatie correct uit in simulaties.", "Twee simulaties beoordeeld door de instructeur.", ZORG, "link")
    badge(L, "ability", "afstudeerproject", "Afstudeerproject software engineering",
          "Ontwerpt en bouwt zelfstandig een volledige applicatie voor een echte opdrachtgever.",
          "Het afstudeerproject verdedigen voor een commissie.", HVA, "ob3", atype="Competency",
          evidence=[{"id": "https://git.example.nl/afstuderen", "name": "Projectrepository"}])
    badge(L, "ability", "scriptie", "Masterscriptie sociologie", "Origineel onderzoek in een scriptie.",
          "Scriptie schrijven en verdedigen.", HVA, "bc")
    badge(L, "ability", "complex project zelfstandig geleid", "Projectleiding nieuwe afdeling",
          "Heeft zelfstandig een complex project geleid.",
          "Het echte project zes maanden leiden en de resultaten presenteren.", ZORG, "as")
    badge(L, "ability", "gevorderd project", "Gevorderde data-analyse: project",
          "Gevorderde, zelfstandige analyse van een complexe dataset.",
          "Een eigen project uitvoeren, beoordeeld door twee experts.", HVA, "ach")
    badge(L, "certification", "geaccrediteerde persoonscertificering", "Gecertificeerd kwaliteitsauditor",
          "Persoonscertificering, geaccrediteerd door de Raad voor Accreditatie (ISO/IEC 17024).",
          "Het gesurveilleerde examen halen; hercertificering elke drie jaar.", CERTNL, "ob3", atype="Certification")
    badge(L, "certification", "mbo-diploma, wettelijk erkend (crebo)", "Mbo-diploma Verzorgende IG",
          "Wettelijk erkend mbo-diploma (crebo 25491).", "Alle examens en de beroepspraktijkvorming afronden.",
          ZORG, "bc")
    badge(L, "certification", "bachelorgraad", "Bachelor Verpleegkunde", "Geaccrediteerde bacheloropleiding (NVAO).",
          "240 EC behalen.", HVA, "ob3", atype="BachelorDegree", credits=240)
    badge(L, "certification", "certificerende instelling", "Gecertificeerd VCA-veiligheidskundige",
          "Certificaat uitgegeven door een geaccrediteerde certificerende instelling.", "Examen onder toezicht behaald.",
          CERTNL, "as")

def build():
    english(); german(); french(); spanish(); portuguese(); dutch()
