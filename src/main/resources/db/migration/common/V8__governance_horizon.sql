-- Governance: horizon scanning. A national catalogue of technology types against legal and
-- regulatory frameworks, kept by national coordinators, with Beacon's starting assessments. The
-- sources of every starting note are listed in src/main/resources/governance/README.md.
-- Written for both PostgreSQL and H2 (PostgreSQL mode).

create table horizon_technology_type (
    code         varchar(60)   primary key,
    position     integer       not null,
    name         varchar(200)  not null,
    description  varchar(2000) not null,
    updated_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null
);

create table horizon_framework (
    code         varchar(60)   primary key,
    position     integer       not null,
    short_name   varchar(60)   not null,
    name         varchar(300)  not null,
    link         varchar(500),
    updated_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null
);

create table horizon_assessment (
    type_code       varchar(60)   not null references horizon_technology_type (code),
    framework_code  varchar(60)   not null references horizon_framework (code),
    applies         boolean       not null,
    coverage        varchar(20),
    note            varchar(4000) not null,
    source_title    varchar(300),
    source_link     varchar(500),
    updated_by      varchar(100)  not null,
    updated_at      timestamp with time zone not null,
    primary key (type_code, framework_code),
    constraint horizon_assessment_coverage_check check (
        (applies and coverage in ('COVERED', 'PARTLY_COVERED', 'GAP')) or (not applies and coverage is null))
);


-- Beacon's starting catalogue (coordinators change it through the pages and the API).

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('live-facial-recognition', 0, 'Live facial recognition',
    'Cameras compare the faces of people passing by in real time with a watchlist and alert officers to possible matches.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('retrospective-facial-recognition', 1, 'Retrospective facial recognition',
    'Images from CCTV, phones or other sources are searched after an event against a database of images, usually custody images on the Police National Database.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 2, 'Operator-initiated facial recognition',
    'An officer photographs a person, usually with a phone app, to check who they are against a database of images.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('drones', 3, 'Drones',
    'Remotely piloted aircraft with cameras, used for searches, incidents, events and evidence gathering.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('anpr', 4, 'Automatic number plate recognition (ANPR)',
    'Cameras read vehicle number plates and check them against lists of vehicles of interest; the reads are kept nationally.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('ai-call-triage', 5, 'AI-assisted call triage',
    'Software that transcribes, classifies or prioritises calls for service to help call handlers decide the response.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 6, 'Predictive hotspot mapping',
    'Software that forecasts where and when crime is more likely, to direct patrols to places rather than people.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('individual-risk-assessment', 7, 'Algorithmic individual risk assessment',
    'Models that score a person''s risk of offending or of coming to harm (such as Durham Constabulary''s HART) to support decisions about them.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('robotic-process-automation', 8, 'Robotic process automation',
    'Software robots that carry out rule-based back-office tasks, such as moving data between systems.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('body-worn-video', 9, 'Body-worn video',
    'Cameras worn by officers that record their encounters with the public.', 'beacon', current_timestamp);

insert into horizon_technology_type (code, position, name, description, updated_by, updated_at) values
    ('mobile-device-extraction', 10, 'Mobile device data extraction',
    'Tools that extract data from phones and other devices of suspects, victims and witnesses.', 'beacon', current_timestamp);

insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at) values
    ('data-protection', 0, 'Data protection', 'UK GDPR and Data Protection Act 2018 Part 3 (law enforcement processing)',
    'https://www.legislation.gov.uk/ukpga/2018/12/part/3', 'beacon', current_timestamp);

insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at) values
    ('hra-article-8', 1, 'Human Rights Act Art. 8', 'Human Rights Act 1998, Article 8: right to respect for private and family life',
    'https://www.legislation.gov.uk/ukpga/1998/42/schedule/1', 'beacon', current_timestamp);

insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at) values
    ('equality-duty', 2, 'Equality duty', 'Equality Act 2010, section 149: public sector equality duty',
    'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at) values
    ('ipa-ripa', 3, 'IPA 2016 / RIPA 2000', 'Investigatory Powers Act 2016 and Regulation of Investigatory Powers Act 2000 Part II (covert surveillance)',
    'https://www.legislation.gov.uk/ukpga/2000/23/part/II', 'beacon', current_timestamp);

insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at) values
    ('pace', 4, 'PACE 1984', 'Police and Criminal Evidence Act 1984 and its Codes of Practice',
    'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at) values
    ('surveillance-camera-code', 5, 'Surveillance Camera Code', 'Surveillance Camera Code of Practice, under the Protection of Freedoms Act 2012 Part 2',
    'https://www.legislation.gov.uk/ukpga/2012/9/part/2/chapter/1', 'beacon', current_timestamp);

insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at) values
    ('biometrics-commissioner', 6, 'Biometrics Commissioner', 'Biometrics and Surveillance Camera Commissioner''s remit (Protection of Freedoms Act 2012, sections 20 and 34)',
    'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('live-facial-recognition', 'data-protection', true, 'PARTLY_COVERED',
    'Applies: matching faces is processing of biometric data, which Part 3 treats as sensitive processing needing strict necessity and an appropriate policy document. In Bridges the Court of Appeal found South Wales Police''s DPIA deficient. The general rules are clear; how they apply to watchlists is left to each force (Beacon''s judgement: partly covered).',
    'R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058', 'https://www.bailii.org/ew/cases/EWCA/Civ/2020/1058.html', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('live-facial-recognition', 'hra-article-8', true, 'GAP',
    'Bridges held that South Wales Police''s use was not in accordance with the law because its framework left too broad a discretion over who is put on a watchlist and where the cameras go. Forces now rely on common-law powers, local policy and national guidance; no statute deals with facial recognition (Beacon''s judgement: a gap).',
    'R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058', 'https://www.bailii.org/ew/cases/EWCA/Civ/2020/1058.html', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('live-facial-recognition', 'equality-duty', true, 'PARTLY_COVERED',
    'Bridges found a breach of the duty because the force had not taken reasonable steps to find out whether the software was biased on grounds of race or sex. The duty is clear; there is no national standard for testing a system''s performance across groups (Beacon''s judgement: partly covered).',
    'R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058', 'https://www.bailii.org/ew/cases/EWCA/Civ/2020/1058.html', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('live-facial-recognition', 'ipa-ripa', false, null,
    'Overt deployments, announced with signs, are not covert surveillance, so RIPA Part II does not normally apply; a covert deployment would need a directed surveillance authorisation (Beacon''s reading of section 26).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('live-facial-recognition', 'pace', true, 'PARTLY_COVERED',
    'Code D governs identification by witnesses and the taking and use of photographs, fingerprints and DNA; it says nothing about automated matching against a watchlist. An arrest after an alert relies on the ordinary power of arrest (Beacon''s judgement: partly covered).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('live-facial-recognition', 'surveillance-camera-code', true, 'PARTLY_COVERED',
    'Facial recognition cameras are surveillance camera systems, so forces must have regard to the code, which was revised after Bridges. It is a duty to have regard to principles, not a set of rules (Beacon''s judgement: partly covered).',
    'Protection of Freedoms Act 2012, section 33 (duty to have regard to the surveillance camera code)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/33', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('live-facial-recognition', 'biometrics-commissioner', true, 'GAP',
    'The Biometrics Commissioner''s statutory remit covers DNA profiles and fingerprints taken under PACE, not facial images; the Commissioner''s surveillance camera role is to encourage compliance with the code, without enforcement powers. No regulator has a statutory remit over police use of facial images (Beacon''s judgement: a gap).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('retrospective-facial-recognition', 'data-protection', true, 'PARTLY_COVERED',
    'Applies: searching faces is sensitive processing of biometric data. The custody images searched include people never convicted: the High Court found keeping such images unlawful in RMC and FJ, and the response since has been deletion on application rather than by default (Beacon''s judgement: partly covered).',
    'R (RMC and FJ) v Commissioner of Police of the Metropolis [2012] EWHC 1681 (Admin)', 'https://www.bailii.org/ew/cases/EWHC/Admin/2012/1681.html', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('retrospective-facial-recognition', 'hra-article-8', true, 'PARTLY_COVERED',
    'Searching images engages Article 8. Forces rely on PACE section 64A for custody images and on common law for the search itself; no statute deals with facial searches, and RMC and FJ found the retention of unconvicted people''s images disproportionate (Beacon''s judgement: partly covered).',
    'R (RMC and FJ) v Commissioner of Police of the Metropolis [2012] EWHC 1681 (Admin)', 'https://www.bailii.org/ew/cases/EWHC/Admin/2012/1681.html', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('retrospective-facial-recognition', 'equality-duty', true, 'PARTLY_COVERED',
    'The duty to check the software for bias that Bridges set out for live use applies equally; there is no national standard for testing (Beacon''s judgement: partly covered).',
    'R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058', 'https://www.bailii.org/ew/cases/EWCA/Civ/2020/1058.html', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('retrospective-facial-recognition', 'ipa-ripa', false, null,
    'Searching images the police already hold is not covert surveillance of a person; RIPA would apply only if a search were part of covert, targeted monitoring (Beacon''s reading of section 26).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('retrospective-facial-recognition', 'pace', true, 'PARTLY_COVERED',
    'Section 64A lets the police photograph suspects and use the photographs for purposes related to crime, which covers searching custody images; Code D sets no standards for automated searches or their weight as evidence of identity (Beacon''s judgement: partly covered).',
    'Police and Criminal Evidence Act 1984, section 64A (photographing of suspects)', 'https://www.legislation.gov.uk/ukpga/1984/60/section/64A', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('retrospective-facial-recognition', 'surveillance-camera-code', true, 'PARTLY_COVERED',
    'Applies to the force''s own cameras that captured the images searched; the search software is not itself a camera system, so the code says little about it (Beacon''s reading of section 29).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('retrospective-facial-recognition', 'biometrics-commissioner', true, 'GAP',
    'The Biometrics Commissioner''s remit covers DNA and fingerprints, not the facial images searched (Beacon''s judgement: a gap).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 'data-protection', true, 'PARTLY_COVERED',
    'Applies: sensitive processing of biometric data, at the roadside. No national rule says when an officer may photograph someone to identify them (Beacon''s judgement: partly covered).',
    'Data Protection Act 2018, Part 3 (law enforcement processing)', 'https://www.legislation.gov.uk/ukpga/2018/12/part/3', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 'hra-article-8', true, 'GAP',
    'Photographing a person in the street to identify them engages Article 8. There is no statute or statutory code for it, which leaves the kind of discretion Bridges found too broad for live use (Beacon''s judgement: a gap).',
    'R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058', 'https://www.bailii.org/ew/cases/EWCA/Civ/2020/1058.html', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 'equality-duty', true, 'PARTLY_COVERED',
    'The duty to check for bias applies, as does the risk that checks fall more on some groups than others, as with stop and search; there is no standard for either (Beacon''s judgement: partly covered).',
    'Equality Act 2010, section 149 (public sector equality duty)', 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 'ipa-ripa', false, null,
    'Overt photographing is not covert surveillance (Beacon''s reading of section 26).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 'pace', true, 'PARTLY_COVERED',
    'Section 64A allows photographing a person who is detained, arrested or given certain notices; it gives no power to photograph anyone else, who may only agree to it (Beacon''s reading).',
    'Police and Criminal Evidence Act 1984, section 64A (photographing of suspects)', 'https://www.legislation.gov.uk/ukpga/1984/60/section/64A', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 'surveillance-camera-code', true, 'PARTLY_COVERED',
    'A phone camera used to identify people is arguably a surveillance camera system under section 29, but the code gives no guidance on it (Beacon''s judgement: partly covered).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('operator-initiated-facial-recognition', 'biometrics-commissioner', true, 'GAP',
    'The Biometrics Commissioner''s remit covers DNA and fingerprints, not facial images (Beacon''s judgement: a gap).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('drones', 'data-protection', true, 'COVERED',
    'Images of people are personal data; a DPIA is needed where processing is likely to be high risk. The general rules apply without special difficulty (Beacon''s judgement: covered).',
    'Data Protection Act 2018, section 64 (data protection impact assessment)', 'https://www.legislation.gov.uk/ukpga/2018/12/section/64', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('drones', 'hra-article-8', true, 'PARTLY_COVERED',
    'Cameras in the air can see into gardens and other private spaces. Overt use rests on common-law powers and force policy; no national rules say where drones may film or how long footage is kept (Beacon''s judgement: partly covered).',
    'Human Rights Act 1998, Schedule 1, Article 8', 'https://www.legislation.gov.uk/ukpga/1998/42/schedule/1', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('drones', 'equality-duty', true, 'COVERED',
    'The duty applies to decisions about where and how drones are used, without special difficulty (Beacon''s judgement: covered).',
    'Equality Act 2010, section 149 (public sector equality duty)', 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('drones', 'ipa-ripa', true, 'COVERED',
    'Covert use of a drone to watch a person for an investigation is directed surveillance, and watching inside a home can be intrusive surveillance; both need authorisation under Part II (Beacon''s judgement: covered).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('drones', 'pace', false, null,
    'PACE does not govern surveillance flights; footage used as evidence follows the ordinary rules of evidence and disclosure (Beacon''s reading).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('drones', 'surveillance-camera-code', true, 'PARTLY_COVERED',
    'Cameras on police drones are surveillance camera systems, so the code applies; it sets principles, not rules for aerial cameras. Flying is regulated separately under the Air Navigation Order (Beacon''s judgement: partly covered).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('drones', 'biometrics-commissioner', true, 'PARTLY_COVERED',
    'The Commissioner''s surveillance camera role covers drones'' cameras but is to encourage compliance with the code, without enforcement powers (Beacon''s judgement: partly covered).',
    'Protection of Freedoms Act 2012, section 34 (Surveillance Camera Commissioner)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/34', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('anpr', 'data-protection', true, 'PARTLY_COVERED',
    'Reads linked to a vehicle''s keeper are personal data. How long reads are kept (12 months in the national data centre) is set by national standards rather than in law (Beacon''s judgement: partly covered).',
    'Home Office, National ANPR Standards for Policing and Law Enforcement', 'https://www.gov.uk/government/publications/national-anpr-standards-for-policing-and-law-enforcement', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('anpr', 'hra-article-8', true, 'PARTLY_COVERED',
    'Recording the movements of most vehicles engages Article 8. The legal basis is common law with the national standards; no statute deals with ANPR (Beacon''s judgement: partly covered).',
    'Home Office, National ANPR Standards for Policing and Law Enforcement', 'https://www.gov.uk/government/publications/national-anpr-standards-for-policing-and-law-enforcement', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('anpr', 'equality-duty', true, 'COVERED',
    'The duty applies to where cameras are put and how lists of vehicles of interest are made, without special difficulty (Beacon''s judgement: covered).',
    'Equality Act 2010, section 149 (public sector equality duty)', 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('anpr', 'ipa-ripa', true, 'COVERED',
    'Using ANPR to follow a particular person''s movements covertly for an investigation can be directed surveillance needing authorisation under Part II (Beacon''s judgement: covered).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('anpr', 'pace', false, null,
    'PACE does not regulate ANPR; reads used as evidence follow the ordinary rules (Beacon''s reading).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('anpr', 'surveillance-camera-code', true, 'COVERED',
    'Section 29 names ANPR as a surveillance camera system, so the code applies, and the national standards add detailed rules (Beacon''s judgement: covered).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('anpr', 'biometrics-commissioner', true, 'PARTLY_COVERED',
    'The Commissioner''s surveillance camera role covers ANPR but is to encourage compliance with the code, without enforcement powers (Beacon''s judgement: partly covered).',
    'Protection of Freedoms Act 2012, section 34 (Surveillance Camera Commissioner)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/34', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('ai-call-triage', 'data-protection', true, 'PARTLY_COVERED',
    'Recordings and transcripts of calls are personal data processed under Part 3. Part 3 restricts decisions based solely on automated processing; a call handler who takes the decision keeps it outside that rule, but no standard says how much human review is enough (Beacon''s judgement: partly covered).',
    'Data Protection Act 2018, Part 3 (law enforcement processing)', 'https://www.legislation.gov.uk/ukpga/2018/12/part/3', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('ai-call-triage', 'hra-article-8', true, 'COVERED',
    'Handling callers'' information engages Article 8, but the police have a clear basis for handling calls for help (Beacon''s judgement: covered).',
    'Human Rights Act 1998, Schedule 1, Article 8', 'https://www.legislation.gov.uk/ukpga/1998/42/schedule/1', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('ai-call-triage', 'equality-duty', true, 'PARTLY_COVERED',
    'Speech and language models can work less well for some accents, dialects and disabilities, which could delay help to those callers; the duty applies but there is no standard for testing (Beacon''s judgement: partly covered).',
    'Equality Act 2010, section 149 (public sector equality duty)', 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('ai-call-triage', 'ipa-ripa', false, null,
    'Callers know they are talking to the police, who record the call as a party to it; this is neither interception nor covert surveillance (Beacon''s reading).',
    'Investigatory Powers Act 2016, section 6 (lawful authority to intercept)', 'https://www.legislation.gov.uk/ukpga/2016/25/section/6', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('ai-call-triage', 'pace', false, null,
    'PACE does not govern how calls for service are handled (Beacon''s reading).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('ai-call-triage', 'surveillance-camera-code', false, null,
    'Not a camera system (Beacon''s reading of section 29).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('ai-call-triage', 'biometrics-commissioner', false, null,
    'No biometric material is processed unless voices are used to identify callers (Beacon''s reading).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 'data-protection', true, 'PARTLY_COVERED',
    'The crime records a model learns from are personal data under Part 3; maps of places may not be, though small areas can point to households (Beacon''s judgement: partly covered).',
    'Data Protection Act 2018, Part 3 (law enforcement processing)', 'https://www.legislation.gov.uk/ukpga/2018/12/part/3', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 'hra-article-8', true, 'PARTLY_COVERED',
    'Forecasts about places touch privacy less directly than forecasts about people, but sending more patrols to a neighbourhood can mean more stops there; no rules deal with this (Beacon''s judgement: partly covered).',
    'House of Lords Justice and Home Affairs Committee, Technology rules? The advent of new technologies in the justice system, HL Paper 180 (2022)', 'https://publications.parliament.uk/pa/ld5802/ldselect/ldjusthom/180/180.pdf', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 'equality-duty', true, 'GAP',
    'Models trained on recorded crime can repeat the patterns of past policing and send patrols back to the same neighbourhoods. The duty applies, but there is no standard for testing this, and the House of Lords Justice and Home Affairs Committee found no consistent oversight or evaluation of such tools (Beacon''s judgement: a gap).',
    'House of Lords Justice and Home Affairs Committee, Technology rules? The advent of new technologies in the justice system, HL Paper 180 (2022)', 'https://publications.parliament.uk/pa/ld5802/ldselect/ldjusthom/180/180.pdf', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 'ipa-ripa', false, null,
    'Analysing recorded crime is not surveillance of anyone (Beacon''s reading).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 'pace', false, null,
    'PACE does not govern patrol planning (Beacon''s reading).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 'surveillance-camera-code', false, null,
    'Not a camera system (Beacon''s reading of section 29).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('predictive-hotspot-mapping', 'biometrics-commissioner', false, null,
    'No biometric material (Beacon''s reading).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('individual-risk-assessment', 'data-protection', true, 'PARTLY_COVERED',
    'Scoring people is profiling under Part 3, with its limits on solely automated decisions. Used as advice, decisions stay human, but no standard says how scores must be reviewed or explained; ALGO-CARE was proposed to fill that space (Beacon''s judgement: partly covered).',
    'Oswald, Grace, Urwin and Barnes, Algorithmic risk assessment policing models: lessons from the Durham HART model and ''Experimental'' proportionality, Information and Communications Technology Law 27(2), 2018', 'https://doi.org/10.1080/13600834.2018.1458455', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('individual-risk-assessment', 'hra-article-8', true, 'GAP',
    'Scoring a person''s risk engages Article 8, and there is no statutory framework for algorithmic risk tools in policing, only guidance such as ALGO-CARE (Beacon''s judgement: a gap).',
    'Oswald, Grace, Urwin and Barnes, Algorithmic risk assessment policing models: lessons from the Durham HART model and ''Experimental'' proportionality, Information and Communications Technology Law 27(2), 2018', 'https://doi.org/10.1080/13600834.2018.1458455', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('individual-risk-assessment', 'equality-duty', true, 'GAP',
    'Inputs such as postcode can stand in for protected characteristics, as discussed for HART; the duty applies but there is no standard for testing (Beacon''s judgement: a gap).',
    'Oswald, Grace, Urwin and Barnes, Algorithmic risk assessment policing models: lessons from the Durham HART model and ''Experimental'' proportionality, Information and Communications Technology Law 27(2), 2018', 'https://doi.org/10.1080/13600834.2018.1458455', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('individual-risk-assessment', 'ipa-ripa', false, null,
    'Not surveillance (Beacon''s reading).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('individual-risk-assessment', 'pace', true, 'PARTLY_COVERED',
    'Where scores inform custody decisions, such as a diversion scheme, PACE and its codes govern the decision but say nothing about algorithmic advice (Beacon''s judgement: partly covered).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('individual-risk-assessment', 'surveillance-camera-code', false, null,
    'Not a camera system (Beacon''s reading of section 29).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('individual-risk-assessment', 'biometrics-commissioner', false, null,
    'No biometric material (Beacon''s reading).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('robotic-process-automation', 'data-protection', true, 'COVERED',
    'Automating a process needs the same lawful basis as doing it by hand, and a DPIA where the processing is likely to be high risk (Beacon''s judgement: covered).',
    'Data Protection Act 2018, section 64 (data protection impact assessment)', 'https://www.legislation.gov.uk/ukpga/2018/12/section/64', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('robotic-process-automation', 'hra-article-8', false, null,
    'Adds no interference with private life beyond the process it automates (Beacon''s judgement).',
    'Human Rights Act 1998, Schedule 1, Article 8', 'https://www.legislation.gov.uk/ukpga/1998/42/schedule/1', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('robotic-process-automation', 'equality-duty', true, 'COVERED',
    'The duty applies to changes in how a process works, without special difficulty (Beacon''s judgement: covered).',
    'Equality Act 2010, section 149 (public sector equality duty)', 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('robotic-process-automation', 'ipa-ripa', false, null,
    'Not surveillance (Beacon''s reading).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('robotic-process-automation', 'pace', false, null,
    'PACE does not govern back-office automation (Beacon''s reading).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('robotic-process-automation', 'surveillance-camera-code', false, null,
    'Not a camera system (Beacon''s reading of section 29).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('robotic-process-automation', 'biometrics-commissioner', false, null,
    'No biometric material (Beacon''s reading).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('body-worn-video', 'data-protection', true, 'COVERED',
    'Recordings are personal data processed under Part 3, with national guidance on their use (Beacon''s judgement: covered).',
    'Data Protection Act 2018, Part 3 (law enforcement processing)', 'https://www.legislation.gov.uk/ukpga/2018/12/part/3', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('body-worn-video', 'hra-article-8', true, 'PARTLY_COVERED',
    'Recording in homes and other private places engages Article 8; recording is overt and rests on common law and guidance, not statute (Beacon''s judgement: partly covered).',
    'Human Rights Act 1998, Schedule 1, Article 8', 'https://www.legislation.gov.uk/ukpga/1998/42/schedule/1', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('body-worn-video', 'equality-duty', true, 'COVERED',
    'The duty applies to when officers record, without special difficulty (Beacon''s judgement: covered).',
    'Equality Act 2010, section 149 (public sector equality duty)', 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('body-worn-video', 'ipa-ripa', false, null,
    'Overt recording is not covert surveillance; used covertly it could become directed surveillance (Beacon''s reading of section 26).',
    'Regulation of Investigatory Powers Act 2000, section 26 (directed and intrusive surveillance)', 'https://www.legislation.gov.uk/ukpga/2000/23/section/26', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('body-worn-video', 'pace', true, 'PARTLY_COVERED',
    'Codes C and E govern interviews and significant statements, which body-worn video often records, but they were written for interviews at a police station (Beacon''s judgement: partly covered).',
    'Home Office, PACE Codes of Practice (including Code C, Code D identification and Code E recording of interviews)', 'https://www.gov.uk/guidance/police-and-criminal-evidence-act-1984-pace-codes-of-practice', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('body-worn-video', 'surveillance-camera-code', true, 'COVERED',
    'Body-worn cameras are surveillance camera systems under section 29, so the code applies (Beacon''s reading: covered).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('body-worn-video', 'biometrics-commissioner', true, 'PARTLY_COVERED',
    'The Commissioner''s surveillance camera role covers body-worn cameras but is to encourage compliance with the code, without enforcement powers (Beacon''s judgement: partly covered).',
    'Protection of Freedoms Act 2012, section 34 (Surveillance Camera Commissioner)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/34', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('mobile-device-extraction', 'data-protection', true, 'COVERED',
    'Extraction takes in a great deal of sensitive data, including about other people. The 2022 Act now sets conditions for extraction from victims'' and witnesses'' devices, with a code of practice, alongside Part 3 (Beacon''s judgement: covered).',
    'Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 3 (extraction of information from electronic devices)', 'https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/3', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('mobile-device-extraction', 'hra-article-8', true, 'COVERED',
    'The 2022 Act gives a statutory basis, with conditions, for extraction from devices given up by victims and witnesses; extraction from suspects'' seized devices relies on PACE powers (Beacon''s judgement: covered).',
    'Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 3 (extraction of information from electronic devices)', 'https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/3', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('mobile-device-extraction', 'equality-duty', true, 'COVERED',
    'The duty applies to how extraction is decided and done, without special difficulty (Beacon''s judgement: covered).',
    'Equality Act 2010, section 149 (public sector equality duty)', 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('mobile-device-extraction', 'ipa-ripa', true, 'COVERED',
    'Obtaining stored communications from a device seized under a statutory power has lawful authority under section 6 of the 2016 Act; capturing communications in transmission would need a warrant (Beacon''s reading: covered).',
    'Investigatory Powers Act 2016, section 6 (lawful authority to intercept)', 'https://www.legislation.gov.uk/ukpga/2016/25/section/6', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('mobile-device-extraction', 'pace', true, 'COVERED',
    'PACE lets the police seize devices and require information stored on them in a readable form (Beacon''s reading: covered).',
    'Police and Criminal Evidence Act 1984, section 20 (information stored in electronic form)', 'https://www.legislation.gov.uk/ukpga/1984/60/section/20', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('mobile-device-extraction', 'surveillance-camera-code', false, null,
    'Not a camera system (Beacon''s reading of section 29).',
    'Protection of Freedoms Act 2012, section 29 (surveillance camera systems, including ANPR)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/29', 'beacon', current_timestamp);

insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title, source_link, updated_by, updated_at) values
    ('mobile-device-extraction', 'biometrics-commissioner', false, null,
    'No biometric material (Beacon''s reading).',
    'Protection of Freedoms Act 2012, section 20 (Commissioner for the Retention and Use of Biometric Material)', 'https://www.legislation.gov.uk/ukpga/2012/9/section/20', 'beacon', current_timestamp);
