import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Writes Tenaga's demo data (countries, provinces, venues, trainers, cohorts, sessions, learners,
 * enrolments, accounts) into seed-data/. Run from the repository root:
 * {@code java seed-data/GenerateDemoData.java}. Deterministic: one seeded Random, "today" is fixed,
 * and the only input is courses/*.md (completion rules and languages, plan values when absent).
 * The data is checked against Tenaga's rules before anything is written.
 */
public class GenerateDemoData {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final Random RND = new Random(20261129L);
  /** Generated COMPLETED cohorts beside the 42 planned ones: they give the statistics their volume. */
  static final int BACKGROUND_COHORTS = 150;
  /** Chance that a seat goes to someone who already took another course. */
  static final double RETURNING_SHARE = 0.62;
  static final Path DIR = Path.of("seed-data");
  static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  static final List<String> SECTORS = List.of("GOVERNMENT", "MSME", "STUDENT", "EDUCATOR",
      "PRIVATE_SECTOR", "CIVIL_SOCIETY", "UNEMPLOYED", "OTHER");
  static final String[] REVOKE_REASONS = {"Assessment irregularity confirmed on review",
      "Identity of the assessed learner could not be confirmed",
      "Attendance records corrected after audit", "Issued in error: duplicate enrolment",
      "Plagiarised final project confirmed by the coordinator"};

  record Country(String code, String name, String zone, List<String> langs, String phone, String names) {}
  record Province(String country, String code, String name, ZoneOffset offset, boolean urbanOnly) {}
  record Venue(String code, String name, Province province, String locality, int capacity, String access) {}
  record Trainer(String code, String fullName, String email, String phone, List<String> countries,
      List<String> langs, List<String> quals, LocalDate from) {}
  record Course(String code, String level, List<String> langs, boolean online, boolean inPerson, int pass,
      String prereq, int hours, double female, double youth, int[] sectors) {}
  record Weekly(List<DayOfWeek> days, LocalTime from, LocalTime to) {
    double hours() { return (to.toSecondOfDay() - from.toSecondOfDay()) / 3600.0; }
  }
  record Session(OffsetDateTime start, OffsetDateTime end, List<Trainer> only) {}
  record NamePool(String style, String[] female, String[] male, String[] family) {}
  record Booking(Session session, Cohort cohort) {}
  enum Fill { NORMAL, FULL, PARTIAL, LOW }

  static final class Cohort {
    String code, status, cancelReason = "", reservedFor = "";
    final Course course; final String country; final Province province; final Venue venue; final String lang;
    final List<Session> sessions = new ArrayList<>(); final List<Trainer> trainers;
    final int capacity; int reserved; LocalDate reservedUntil; Fill fill = Fill.NORMAL;
    final List<Learner> specials = new ArrayList<>(); final List<Enrolment> enrolments = new ArrayList<>();

    Cohort(Course course, Province province, Venue venue, String lang, LocalDate first, Weekly w, int n,
        int capacity, List<Trainer> trainers) {
      this.course = course; this.province = province; this.country = province.country(); this.venue = venue;
      this.lang = lang; this.capacity = capacity; this.trainers = trainers;
      for (LocalDate d = first; sessions.size() < n; d = d.plusDays(1)) {
        if (!w.days().contains(d.getDayOfWeek()) || isBreak(d)) continue;
        int i = sessions.size(); // in two-trainer cohorts every fourth session is taught by one of them
        List<Trainer> only = trainers.size() == 2 && i % 4 == 3 ? List.of(trainers.get(i / 4 % 2)) : null;
        sessions.add(new Session(OffsetDateTime.of(d, w.from(), province.offset()),
            OffsetDateTime.of(d, w.to(), province.offset()), only));
      }
      status = end().isBefore(TODAY) ? "COMPLETED" : start().isBefore(TODAY) ? "RUNNING" : "OPEN";
    }
    LocalDate start() { return sessions.get(0).start().toLocalDate(); }
    LocalDate end() { return sessions.get(sessions.size() - 1).start().toLocalDate(); }
    boolean overlaps(Cohort o) { return !end().isBefore(o.start()) && !o.end().isBefore(start()); }
    long pastSessions() { return sessions.stream().filter(s -> s.start().toLocalDate().isBefore(TODAY)).count(); }
    Cohort reserve(int seats, String groups, int daysBefore) {
      reserved = seats; reservedFor = groups; reservedUntil = start().minusDays(daysBefore); return this;
    }
  }

  static final class Learner {
    String email, stem, fullName, country, province, gender, locality, sector = "";
    LocalDate birth; final String[] wg = new String[6]; OffsetDateTime consentAt; boolean special;
    final List<Enrolment> enrolments = new ArrayList<>();
    boolean disabled() { return Arrays.stream(wg).anyMatch(a -> "A_LOT".equals(a) || "CANNOT".equals(a)); }
  }

  static final class Enrolment {
    final Cohort cohort; final Learner learner; final OffsetDateTime requestedAt; final String outcome;
    OffsetDateTime withdrawnAt; Integer attended, score; String revokedReason = ""; boolean completed, usedAsPrereq;
    Enrolment(Cohort c, Learner l, OffsetDateTime t, String outcome) {
      cohort = c; learner = l; requestedAt = t; this.outcome = outcome;
    }
  }

  static final Map<String, Country> COUNTRIES = new LinkedHashMap<>();
  static final Map<String, Province> PROVINCES = new LinkedHashMap<>();
  static final Map<String, Venue> VENUES = new LinkedHashMap<>();
  static final Map<String, Trainer> TRAINERS = new LinkedHashMap<>();
  static final Map<String, Course> COURSES = new LinkedHashMap<>();
  static final Map<String, NamePool> POOLS = new LinkedHashMap<>();
  static final Map<String, Integer> FILE_PASS = new HashMap<>(), FILE_MIN_ATT = new HashMap<>();
  static final Map<String, List<String>> FILE_LANGS = new HashMap<>();
  static final List<Cohort> COHORTS = new ArrayList<>();
  static final List<Learner> LEARNERS = new ArrayList<>();
  static final Map<String, List<Learner>> RETURNING = new HashMap<>();
  static final Map<String, List<Booking>> BUSY = new HashMap<>();
  static final List<String> WARNINGS = new ArrayList<>();
  static Learner siti, yuliana, sophea;

  static final Weekly TUE_THU = weekly("TUESDAY THURSDAY", "09:00", "12:00"),
      MON_WED = weekly("MONDAY WEDNESDAY", "13:30", "16:30"), WED_FRI = weekly("WEDNESDAY FRIDAY", "09:00", "12:00"),
      SAT = weekly("SATURDAY", "08:30", "12:30"), EVE_TT = weekly("TUESDAY THURSDAY", "19:00", "21:00"),
      EVE_MW = weekly("MONDAY WEDNESDAY", "19:00", "21:00"), WED_EVE = weekly("WEDNESDAY", "19:00", "20:30");
  static final List<Weekly> VENUE_WEEKS = List.of(TUE_THU, MON_WED, WED_FRI, SAT),
      ONLINE_WEEKS = List.of(EVE_TT, EVE_MW, SAT, WED_EVE);

  public static void main(String[] args) throws IOException {
    if (!Files.isDirectory(DIR)) throw new IllegalStateException("run from the repository root: seed-data/ not found");
    referenceData();
    readCourseFiles();
    planCohorts();
    background();
    assignCodes();
    for (Cohort c : COHORTS) fill(c);
    revokeSome();
    List<String> problems = selfCheck();
    summary();
    WARNINGS.forEach(w -> System.out.println("warning: " + w));
    if (!problems.isEmpty()) {
      problems.stream().limit(60).forEach(p -> System.out.println("PROBLEM: " + p));
      System.out.println(problems.size() + " problem(s): nothing written");
      System.exit(1);
    }
    writeAll();
    System.out.println("self-check passed; files written to " + DIR.toAbsolutePath().normalize());
  }

  // ------------------------------------------------------------------ reference data

  static void referenceData() {
    country("BN", "Brunei Darussalam", "Asia/Brunei", "en ms", "+673 8## ####", "MALAY:17 CHINESE:3");
    country("KH", "Cambodia", "Asia/Phnom_Penh", "km", "+855 1# ### ###", "KH:1");
    country("ID", "Indonesia", "Asia/Jakarta", "id", "+62 81#-####-####", "ID:1");
    country("LA", "Lao PDR", "Asia/Vientiane", "lo", "+856 20 5### ####", "LA:1");
    country("MY", "Malaysia", "Asia/Kuala_Lumpur", "ms en", "+60 1#-### ####", "MALAY:13 CHINESE:5 INDIAN:2");
    country("MM", "Myanmar", "Asia/Yangon", "en", "+95 9 ### ### ###", "MM:1");
    country("PH", "Philippines", "Asia/Manila", "fil en", "+63 9##-###-####", "PH:1");
    country("SG", "Singapore", "Asia/Singapore", "en", "+65 9### ####", "CHINESE:7 MALAY:2 INDIAN:2");
    country("TH", "Thailand", "Asia/Bangkok", "th", "+66 8#-###-####", "TH:1");
    country("TL", "Timor-Leste", "Asia/Dili", "en", "+670 77## ####", "TL:1");
    country("VN", "Viet Nam", "Asia/Ho_Chi_Minh", "vi", "+84 9# ### ####", "VN:1");
    country("US", "United States", "America/New_York", "en", "+1 202-555-01##", "");

    // first province of each country is its capital region; urbanOnly: no rural localities there
    province("ID-JK", "DKI Jakarta", "+07:00", true); province("ID-JB", "Jawa Barat", "+07:00", false);
    province("ID-JI", "Jawa Timur", "+07:00", false); province("ID-YO", "Daerah Istimewa Yogyakarta", "+07:00", false);
    province("ID-NT", "Nusa Tenggara Timur", "+08:00", false); province("ID-SN", "Sulawesi Selatan", "+08:00", false);
    province("PH-00", "National Capital Region", "+08:00", true); province("PH-BEN", "Benguet", "+08:00", false);
    province("PH-CEB", "Cebu", "+08:00", false); province("PH-ILI", "Iloilo", "+08:00", false);
    province("PH-LEY", "Leyte", "+08:00", false); province("PH-DAS", "Davao del Sur", "+08:00", false);
    province("VN-HN", "Hà Nội", "+07:00", false); province("VN-SG", "Hồ Chí Minh", "+07:00", true);
    province("VN-DN", "Đà Nẵng", "+07:00", false); province("VN-CT", "Cần Thơ", "+07:00", false);
    province("VN-02", "Lào Cai", "+07:00", false); province("VN-44", "An Giang", "+07:00", false);
    province("TH-10", "Krung Thep Maha Nakhon (Bangkok)", "+07:00", true); province("TH-50", "Chiang Mai", "+07:00", false);
    province("TH-40", "Khon Kaen", "+07:00", false); province("TH-34", "Ubon Ratchathani", "+07:00", false);
    province("TH-90", "Songkhla", "+07:00", false);
    province("MY-14", "Wilayah Persekutuan Kuala Lumpur", "+08:00", true); province("MY-10", "Selangor", "+08:00", false);
    province("MY-12", "Sabah", "+08:00", false); province("MY-13", "Sarawak", "+08:00", false);
    province("MY-07", "Pulau Pinang", "+08:00", false);
    province("KH-12", "Phnom Penh", "+07:00", true); province("KH-2", "Battambang", "+07:00", false);
    province("KH-17", "Siem Reap", "+07:00", false); province("KH-3", "Kampong Cham", "+07:00", false);
    province("KH-14", "Prey Veng", "+07:00", false);
    province("LA-VT", "Vientiane Capital", "+07:00", false); province("LA-LP", "Luang Prabang", "+07:00", false);
    province("LA-CH", "Champasak", "+07:00", false); province("LA-SV", "Savannakhet", "+07:00", false);
    province("MM-06", "Yangon", "+06:30", false); province("MM-04", "Mandalay", "+06:30", false);
    province("MM-18", "Nay Pyi Taw", "+06:30", false); province("MM-17", "Shan", "+06:30", false);
    province("SG-01", "Central Singapore", "+08:00", true); province("SG-03", "North West", "+08:00", true);
    province("SG-04", "South East", "+08:00", true);
    province("BN-BM", "Brunei-Muara", "+08:00", false); province("BN-BE", "Belait", "+08:00", false);
    province("BN-TU", "Tutong", "+08:00", false);
    province("TL-DI", "Díli", "+09:00", false); province("TL-BA", "Baucau", "+09:00", false);
    province("TL-ER", "Ermera", "+09:00", false); province("TL-BO", "Bobonaro", "+09:00", false);
    province("US-DC", "District of Columbia", "-05:00", true); province("US-NY", "New York", "-05:00", false);

    String full = "Step-free access; lift; accessible toilets; hearing loop in the main room",
        ramp = "Ramp at the main entrance; accessible toilet on the ground floor",
        ground = "No lift; ground floor only", basic = "Step-free access to the training room; no accessible toilet";
    venue("V-ID-01", "Balai Latihan Kerja Kupang", "ID-NT", "URBAN", 40, ramp);
    venue("V-ID-02", "Balai Desa Oelnasi, Kabupaten Kupang", "ID-NT", "RURAL", 25, ground + "; generator-backed power");
    venue("V-ID-03", "Pusat Pelatihan Digital Jakarta, Kuningan", "ID-JK", "URBAN", 60, full);
    venue("V-ID-04", "Gedung Koperasi dan UMKM Surabaya", "ID-JI", "URBAN", 45, ramp);
    venue("V-ID-05", "Balai Penyuluhan Pertanian Tumpang, Malang", "ID-JI", "RURAL", 30, ground);
    venue("V-ID-06", "Politeknik Negeri Makassar, Ruang Seminar", "ID-SN", "URBAN", 50, full);
    venue("V-ID-07", "Balai Desa Panggungharjo, Bantul", "ID-YO", "RURAL", 35, basic);
    venue("V-ID-08", "Bandung Creative Hub", "ID-JB", "URBAN", 60, full + "; sign-language interpreters on request");
    venue("V-PH-01", "DICT Tech4ED Center, Quezon City", "PH-00", "URBAN", 40, full);
    venue("V-PH-02", "Benguet State University Extension Hall, La Trinidad", "PH-BEN", "RURAL", 35, ramp);
    venue("V-PH-03", "Cebu Provincial Capitol Training Hall", "PH-CEB", "URBAN", 50, full);
    venue("V-PH-04", "Municipal Hall Function Room, Palo, Leyte", "PH-LEY", "RURAL", 30, ground);
    venue("V-PH-05", "Municipal Agriculture Office Hall, Janiuay, Iloilo", "PH-ILI", "RURAL", 25, ground);
    venue("V-VN-01", "Ha Noi Innovation Centre, Cau Giay", "VN-HN", "URBAN", 60, full);
    venue("V-VN-02", "Saigon Innovation Hub, District 3", "VN-SG", "URBAN", 50, full);
    venue("V-VN-03", "Da Nang Software Park Training Room", "VN-DN", "URBAN", 40, ramp);
    venue("V-VN-04", "Commune Cultural House, Ta Van, Sa Pa", "VN-02", "RURAL", 30, ground);
    venue("V-VN-05", "An Giang Agricultural Extension Centre, Long Xuyen", "VN-44", "RURAL", 35, basic);
    venue("V-TH-01", "Digital Skills Training Centre, Chatuchak, Bangkok", "TH-10", "URBAN", 60, full);
    venue("V-TH-02", "Chiang Mai University Science and Technology Park", "TH-50", "URBAN", 45, full);
    venue("V-TH-03", "Ban Haet Community Learning Centre, Khon Kaen", "TH-40", "RURAL", 30, ground);
    venue("V-TH-04", "Ubon Ratchathani Provincial Agriculture Office Hall", "TH-34", "RURAL", 35, ramp);
    venue("V-MY-01", "Kuala Lumpur Digital Skills Centre, Cyberjaya Link", "MY-14", "URBAN", 50, full);
    venue("V-MY-02", "Pusat Ekonomi Digital Keluarga, Kota Belud", "MY-12", "RURAL", 25, ground);
    venue("V-MY-03", "Kuching Community Learning Hub", "MY-13", "URBAN", 40, ramp);
    venue("V-KH-01", "Provincial Agriculture Extension Centre, Battambang", "KH-2", "RURAL", 35, ground);
    venue("V-KH-02", "Phnom Penh Digital Skills Centre, Toul Kork", "KH-12", "URBAN", 50, ramp);
    venue("V-KH-03", "Siem Reap Provincial Training Centre", "KH-17", "URBAN", 40, basic);
    venue("V-LA-01", "Vientiane Digital Skills Centre", "LA-VT", "URBAN", 40, ramp);
    venue("V-LA-02", "Luang Prabang Provincial Agriculture and Forestry Office Hall", "LA-LP", "RURAL", 30, ground);
    venue("V-MM-01", "Yangon Technology Learning Centre, Kamayut", "MM-06", "URBAN", 40, basic);
    venue("V-SG-01", "Lifelong Learning Institute, Paya Lebar", "SG-01", "URBAN", 60, full + "; braille signage");
    venue("V-TL-01", "Dili Youth Centre Training Room", "TL-DI", "URBAN", 30, ramp);
    venue("V-TL-02", "Baucau Community Centre", "TL-BA", "RURAL", 25, ground + "; intermittent power, bring charged devices");
    venue("V-BN-01", "Brunei-Muara Community Learning Centre, Bandar Seri Begawan", "BN-BM", "URBAN", 35, full);

    // hours from courses/*.md; sector weights: GOV MSME STUDENT EDU PRIVATE CIVIL UNEMPLOYED OTHER
    course("AI-MSME-101", "foundational", "en id ms vi th fil km lo", true, true, 60, null, 12, .62, .58, 3, 62, 8, 2, 10, 5, 6, 4);
    course("AI-GOV-201", "intermediate", "en id vi th fil ms", false, true, 70, null, 24, .46, .40, 76, 2, 2, 4, 6, 8, 0, 2);
    course("GENAI-101", "foundational", "en id ms vi th fil km lo", true, true, -1, null, 6, .55, .62, 10, 20, 30, 12, 15, 6, 4, 3);
    course("DATA-PRIV-101", "foundational", "en id ms vi th fil", true, true, 70, null, 10, .50, .50, 25, 20, 10, 8, 25, 10, 0, 2);
    course("CYBER-101", "foundational", "en id vi th fil km", true, true, 60, null, 8, .40, .55, 12, 35, 15, 5, 25, 5, 1, 2);
    course("DIGI-RURAL-101", "foundational", "id vi th fil km lo en", false, true, -1, null, 16, .58, .50, 5, 30, 12, 6, 4, 12, 18, 13);
    course("AI-AGRI-201", "intermediate", "en id vi th fil km lo", false, true, 60, null, 20, .44, .48, 20, 40, 8, 6, 6, 10, 2, 8);
    course("AI-DRR-201", "intermediate", "en id fil vi th", false, true, 65, null, 20, .45, .45, 55, 2, 8, 6, 4, 22, 0, 3);
    course("RAI-ETH-301", "advanced", "en id ms vi th", true, true, 75, null, 30, .44, .42, 40, 2, 12, 10, 26, 8, 0, 2);
    course("ML-ADV-301", "advanced", "en", true, true, 75, "DATA-ANL-201", 48, .30, .70, 6, 2, 46, 6, 36, 2, 2, 0);
    course("DATA-ANL-201", "intermediate", "en id vi th ms", true, true, 70, null, 24, .42, .65, 14, 10, 40, 6, 26, 2, 1, 1);
    course("AI-EDU-201", "intermediate", "en id vi th fil ms", false, true, 65, null, 18, .68, .50, 8, 0, 4, 80, 2, 4, 0, 2);
    course("AI-ACCESS-201", "intermediate", "en id vi th fil", true, true, -1, null, 14, .55, .50, 30, 6, 12, 14, 14, 22, 0, 2);
    course("TOT-AI-MSME", "advanced", "en id vi th fil", false, true, 80, "AI-MSME-101", 32, .60, .50, 5, 60, 2, 15, 8, 10, 0, 0);
    course("TOT-DIGI-RURAL", "intermediate", "en id vi th km lo", false, true, 75, "DIGI-RURAL-101", 24, .55, .50, 10, 30, 5, 25, 5, 25, 0, 0);
    course("AI-HEALTH-201", "intermediate", "en id vi th fil", false, true, 70, null, 20, .70, .50, 45, 4, 10, 6, 8, 20, 0, 7);

    trainer("T001", "Ayu Lestari", "ayu.lestari", "ID", "id en", "AI-MSME-101 GENAI-101 DIGI-RURAL-101 TOT-AI-MSME");
    trainer("T002", "Budi Santoso", "budi.santoso", "ID", "id en", "AI-GOV-201 DATA-PRIV-101 RAI-ETH-301 CYBER-101");
    trainer("T003", "Dewi Kusumawati", "dewi.kusumawati", "ID", "id en", "AI-EDU-201 AI-HEALTH-201 AI-ACCESS-201 GENAI-101");
    trainer("T004", "Yohanes Lado", "yohanes.lado", "ID", "id en", "DIGI-RURAL-101 AI-AGRI-201 TOT-DIGI-RURAL AI-DRR-201");
    trainer("T005", "Rizky Pratama", "rizky.pratama", "ID", "id en", "DATA-ANL-201 CYBER-101 AI-MSME-101");
    trainer("T006", "Maria Cristina Reyes", "mariacristina.reyes", "PH", "fil en", "AI-MSME-101 GENAI-101 TOT-AI-MSME AI-EDU-201");
    trainer("T007", "Jose Miguel Bautista", "josemiguel.bautista", "PH", "fil en", "AI-DRR-201 AI-GOV-201 CYBER-101");
    trainer("T008", "Angelica Dela Cruz", "angelica.delacruz", "PH", "fil en", "DATA-ANL-201 ML-ADV-301 DATA-PRIV-101");
    trainer("T009", "Ramon Villanueva", "ramon.villanueva", "PH", "fil en", "DIGI-RURAL-101 AI-AGRI-201 AI-HEALTH-201");
    trainer("T010", "Nguyễn Thị Hương", "huong.nguyen", "VN", "vi en", "AI-MSME-101 GENAI-101 DIGI-RURAL-101 TOT-DIGI-RURAL");
    trainer("T011", "Trần Văn Minh", "minh.tran", "VN", "vi en", "AI-GOV-201 RAI-ETH-301 DATA-PRIV-101");
    trainer("T012", "Lê Thu Trang", "trang.le", "VN", "vi en", "DATA-ANL-201 CYBER-101 AI-AGRI-201 AI-EDU-201");
    trainer("T013", "Phạm Quốc Bảo", "bao.pham", "VN", "vi en", "AI-DRR-201 AI-HEALTH-201 AI-ACCESS-201 TOT-AI-MSME");
    trainer("T014", "Siriporn Chaiyaporn", "siriporn.chaiyaporn", "TH", "th en", "AI-MSME-101 GENAI-101 TOT-AI-MSME DIGI-RURAL-101");
    trainer("T015", "Anan Wongsawat", "anan.wongsawat", "TH", "th en", "AI-GOV-201 CYBER-101 DATA-PRIV-101 RAI-ETH-301");
    trainer("T016", "Kanokwan Srisuk", "kanokwan.srisuk", "TH", "th en", "AI-AGRI-201 AI-HEALTH-201 AI-EDU-201 TOT-DIGI-RURAL");
    trainer("T017", "Thanawat Boonmee", "thanawat.boonmee", "TH", "th en", "DATA-ANL-201 AI-DRR-201 AI-ACCESS-201");
    trainer("T018", "Nurul Izzah binti Hassan", "nurulizzah.hassan", "MY", "ms en", "AI-MSME-101 GENAI-101 AI-EDU-201 DATA-PRIV-101");
    trainer("T019", "Lim Wei Jie", "weijie.lim", "MY SG", "en ms zh", "DATA-ANL-201 ML-ADV-301 RAI-ETH-301");
    trainer("T020", "Priya Rajendran", "priya.rajendran", "SG MY", "en ta", "RAI-ETH-301 AI-GOV-201 ML-ADV-301 AI-ACCESS-201");
    trainer("T021", "Chan Sreymom", "sreymom.chan", "KH", "km en", "AI-MSME-101 DIGI-RURAL-101 TOT-DIGI-RURAL GENAI-101");
    trainer("T022", "Vong Sophal", "sophal.vong", "KH", "km en", "AI-AGRI-201 CYBER-101 DIGI-RURAL-101");
    trainer("T023", "Souksavanh Phommachanh", "souksavanh.phommachanh", "LA", "lo en", "AI-MSME-101 DIGI-RURAL-101 AI-AGRI-201 GENAI-101");
    trainer("T024", "Khamla Sisavath", "khamla.sisavath", "LA TH", "lo th en", "DIGI-RURAL-101 TOT-DIGI-RURAL AI-MSME-101");
    trainer("T025", "Thida Win", "thida.win", "MM", "my en", "AI-MSME-101 GENAI-101 DIGI-RURAL-101 DATA-ANL-201");
    trainer("T026", "Aung Kyaw Moe", "aungkyaw.moe", "MM", "my en", "CYBER-101 ML-ADV-301 AI-AGRI-201");
    trainer("T027", "Ana Maria da Costa", "anamaria.dacosta", "TL", "tet pt en", "DIGI-RURAL-101 AI-MSME-101 GENAI-101 AI-HEALTH-201");
    trainer("T028", "Mohd Hafiz bin Abdullah", "mohdhafiz.abdullah", "BN MY", "ms en", "AI-GOV-201 GENAI-101 AI-MSME-101 DATA-PRIV-101");
    trainer("T029", "Tan Mei Ling", "meiling.tan", "SG", "en zh", "CYBER-101 DATA-PRIV-101 AI-EDU-201 GENAI-101");
    // cascade trainers, qualified by their train-the-trainer certificate: they teach only after it
    trainer("T030", "Yuliana Manafe", "yuliana.manafe", "ID", "id en", "AI-MSME-101", "2025-06-20");
    trainer("T031", "Keo Sophea", "sophea.keo", "KH", "km en", "DIGI-RURAL-101", "2025-08-20");
    trainer("T032", "Hendra Wijaya", "hendra.wijaya", "ID", "id en", "AI-DRR-201 AI-AGRI-201 AI-HEALTH-201");
    trainer("T033", "Ma. Lourdes Santos", "malourdes.santos", "PH", "fil en", "AI-ACCESS-201 AI-HEALTH-201 RAI-ETH-301 DATA-PRIV-101");
    trainer("T034", "Đỗ Minh Tuấn", "tuan.do", "VN", "vi en", "DATA-ANL-201 GENAI-101 AI-MSME-101 CYBER-101");

    namePools();
  }

  static void namePools() {
    pool("ID", "GS", "Siti,Dewi,Sri,Ayu,Putri,Rina,Wulan,Fitri,Indah,Nur,Maria,Ratna,Anisa,Dian,Eka,Kartika,Nurul,Intan,Maya,"
        + "Yohana,Fransiska,Agnes,Novita,Mega,Fatimah,Yuliana,Rahmawati,Lestari,Wahyuni,Puspita",
        "Budi,Agus,Eko,Rizky,Ahmad,Dedi,Yohanes,Andi,Hendra,Joko,Bambang,Fajar,Yusuf,Arief,Imam,Wahyu,Rudi,Dimas,Bayu,"
        + "Hadi,Petrus,Stefanus,Ilham,Adi,Teguh,Irfan,Samuel,Markus,Aditya,Yosef",
        "Santoso,Wijaya,Hidayat,Nugroho,Setiawan,Kurniawan,Susanto,Siregar,Nasution,Simanjuntak,Manafe,Ndun,Bria,Lado,"
        + "Tefa,Purnomo,Wibowo,Rahman,Halim,Sitompul,Hutapea,Harahap,Tanjung,Sinaga,Pello,Mooy,Saputra,Pratama,Hasibuan,Daeng");
    pool("PH", "GS", "Maria,Ana,Kristine,Jocelyn,Rowena,Marites,Angelica,Liza,Rosario,Charmaine,Janelle,Mylene,Grace,Joy,"
        + "Lourdes,Arlene,Maricel,Aileen,Mary Joy,Ma. Cristina",
        "Jose,Juan,Mark,John Paul,Ramon,Rodel,Noel,Jerome,Christian,Ariel,Romeo,Dennis,Marlon,Rogelio,Jayson,Edgardo,"
        + "Reynaldo,Jericho,Paolo,Carlo",
        "Santos,Reyes,Cruz,Bautista,Garcia,Mendoza,Villanueva,Ramos,Aquino,Dela Cruz,Castillo,Fernandez,Navarro,Torres,"
        + "Pascual,Dumalagan,Bacani,Tolentino,Macaraeg,Salazar,De Guzman,Manalo,Soriano,Gonzales");
    pool("VN", "VN", "Thị Hương,Thị Lan,Thị Mai,Thị Hoa,Thùy Linh,Thu Trang,Phương Thảo,Thu Hà,Ngọc Anh,Minh Phương,Hải Yến,"
        + "Thị Nhung,Thúy Hằng,Tường Vy,Thanh Thủy,Ngọc Lan,Thị Thu,Bích Ngọc,Khánh Linh,Thị Hạnh",
        "Văn Minh,Văn Hùng,Tiến Dũng,Anh Tuấn,Hoài Nam,Thành Long,Văn Hải,Ngọc Sơn,Minh Quang,Quốc Bảo,Đăng Khoa,Hồng Phúc,"
        + "Văn Thắng,Trung Hiếu,Tiến Đạt,Minh Tâm,Đức Anh,Quang Huy,Văn Toàn,Hữu Nghĩa",
        "Nguyễn,Nguyễn,Nguyễn,Nguyễn,Nguyễn,Trần,Trần,Lê,Lê,Phạm,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý");
    pool("TH", "GS", "Siriporn,Kanokwan,Pimchanok,Supaporn,Nattaya,Wanida,Suda,Rattana,Chutima,Jintana,Pranee,Malee,Araya,"
        + "Nipa,Kannika,Sasithorn,Orathai,Warunee,Duangjai,Thitima",
        "Somchai,Anan,Thanawat,Prasert,Somsak,Wichai,Chaiwat,Nattapong,Surasak,Kittipong,Boonchu,Apichat,Sombat,Weerapong,"
        + "Pichit,Tawan,Narong,Sakda,Phongsak,Chatchai",
        "Wongsawat,Srisuk,Chaiyaporn,Boonmee,Saetang,Thongchai,Rattanakorn,Suwannarat,Kaewmanee,Phromma,Jaidee,Sukjai,"
        + "Pongpanich,Sangthong,Charoenying,Srisawat,Khamphaeng,Inthanon,Thammawong,Yodying");
    pool("MALAY", "PAT", "Nurul Izzah,Siti Aishah,Nur Izzati,Farah,Aisyah,Amirah,Nadia,Zarina,Hafizah,Syafiqah,Norhayati,"
        + "Rosnah,Noraini,Fatin,Nur Atiqah,Salmah",
        "Muhammad Hafiz,Ahmad,Mohd Faizal,Amirul,Hakim,Azlan,Firdaus,Ismail,Razak,Zulkifli,Syafiq,Iskandar,Hassan,Abdullah,"
        + "Rahim,Kamal", "");
    pool("CHINESE", "FG", "Mei Ling,Hui Min,Xin Yi,Siew Lan,Jia Hui,Li Ting,Pei Shan,Wen Qi,Shu Fen,Yi Ling",
        "Wei Jie,Kok Wai,Jun Hao,Chee Keong,Zhi Wei,Boon Heng,Jia Le,Ming Hui,Kah Seng,Yong Sheng",
        "Tan,Lim,Lee,Ng,Wong,Chua,Goh,Teo,Ong,Koh,Chan,Leong,Yeo,Low");
    pool("INDIAN", "GS", "Priya,Kavitha,Devi,Anjali,Lakshmi,Shalini,Meena,Revathi",
        "Rajesh,Suresh,Arun,Vikram,Ganesh,Karthik,Prakash,Ravi",
        "Rajendran,Subramaniam,Pillai,Nair,Krishnan,Muthu,Selvaraj,Ramasamy");
    pool("KH", "FG", "Sreymom,Sophea,Chanthy,Sreyneang,Bopha,Channary,Sokha,Rachana,Kunthea,Sophorn,Leakhena,Srey Pov,Malis,Sokunthea",
        "Dara,Sophal,Vuthy,Rithy,Sokhom,Piseth,Vannak,Chanthou,Sovann,Bunthoeun,Kosal,Visal,Sokchea,Pheakdey",
        "Sok,Chan,Keo,Vong,Chea,Meas,Heng,Ouk,Prak,Seng,Nuon,Phan,Kim,Sam,Hun,Chhim");
    pool("LA", "GS", "Manivanh,Vilayvanh,Chanthala,Daovone,Phonemany,Souphaphone,Latsamy,Malaythong,Bouavanh,Khanthaly,Noy,Vanida",
        "Souksavanh,Khamla,Bounmy,Somsack,Phouvong,Viengxay,Thongsavath,Khamphet,Sengphet,Bounthanh,Anousone,Phetsamone",
        "Phommachanh,Sisavath,Vongsa,Keomany,Inthavong,Sayavong,Phanthavong,Xaysomphou,Chanthavong,Sengsouliya,Luangrath,Douangmala");
    pool("MM", "GS", "Thida,Nilar,Khin Myat,Su Su,Ei Ei,May Thu,Hnin Wai,Aye Aye,Nandar,Yadanar,Thandar,Phyu Phyu,Zin Mar,Sandar",
        "Aung Kyaw,Min,Kyaw Zin,Zaw Min,Htet,Ye Lin,Thura,Soe Moe,Myo Min,Hein Htet,Naing,Wai Yan,Kaung Myat,Pyae Phyo",
        "Win,Aung,Kyaw,Moe,Htet,Oo,Naing,Lwin,Soe,Thu,Myint,Hlaing,Phyo,Zaw,Tun,Htun,Mon,Khaing");
    pool("TL", "GS", "Maria,Ana,Joana,Rosa,Filomena,Teresa,Ermelinda,Natália,Angelina,Lúcia,Isabel,Domingas,Olinda,Jacinta",
        "João,José,Francisco,Manuel,Agostinho,Domingos,Mário,Tomás,Abílio,Lourenço,Jacinto,Cristóvão,Armindo,Nelson",
        "da Costa,Soares,dos Santos,Guterres,Pereira,Ximenes,Belo,Amaral,Martins,Freitas,da Silva,Lopes,Sarmento,Alves,Fernandes,Gomes");
  }

  static void country(String code, String name, String zone, String langs, String phone, String names) {
    COUNTRIES.put(code, new Country(code, name, zone, List.of(langs.split(" ")), phone, names));
  }
  static void province(String code, String name, String offset, boolean urbanOnly) {
    PROVINCES.put(code, new Province(code.substring(0, 2), code, name, ZoneOffset.of(offset), urbanOnly));
  }
  static void venue(String code, String name, String province, String locality, int capacity, String access) {
    VENUES.put(code, new Venue(code, name, PROVINCES.get(province), locality, capacity, access));
  }
  static void course(String code, String level, String langs, boolean online, boolean inPerson, int pass, String prereq,
      int hours, double female, double youth, int... sectors) {
    COURSES.put(code, new Course(code, level, List.of(langs.split(" ")), online, inPerson, pass, prereq, hours, female, youth, sectors));
  }
  static void trainer(String code, String name, String local, String countries, String langs, String quals, String... from) {
    List<String> cc = List.of(countries.split(" "));
    TRAINERS.put(code, new Trainer(code, name, local + "@trainers.tenaga.test", phone(cc.get(0)), cc, List.of(langs.split(" ")),
        List.of(quals.split(" ")), LocalDate.parse(from.length > 0 ? from[0] : "2025-01-01")));
  }
  static void pool(String key, String style, String female, String male, String family) {
    String[] m = male.split(",");
    POOLS.put(key, new NamePool(style, female.split(","), m, family.isEmpty() ? m : family.split(",")));
  }
  static Weekly weekly(String days, String from, String to) {
    return new Weekly(Arrays.stream(days.split(" ")).map(DayOfWeek::valueOf).toList(), LocalTime.parse(from), LocalTime.parse(to));
  }
  static String phone(String country) {
    StringBuilder b = new StringBuilder();
    for (char ch : COUNTRIES.get(country).phone().toCharArray()) b.append(ch == '#' ? (char) ('0' + RND.nextInt(10)) : ch);
    return b.toString();
  }
  /** Year-end break: no sessions from 22 December to 3 January. */
  static boolean isBreak(LocalDate d) {
    return (d.getMonthValue() == 12 && d.getDayOfMonth() >= 22) || (d.getMonthValue() == 1 && d.getDayOfMonth() <= 3);
  }

  /** Completion rules from courses/*.md when present; the generator uses the stricter of file and plan. */
  static void readCourseFiles() throws IOException {
    for (Course k : COURSES.values()) {
      Path f = Path.of("courses", k.code() + ".md");
      if (!Files.exists(f)) { WARNINGS.add(f + " not found: plan values used"); continue; }
      String front = Files.readString(f).split("\n---", 2)[0];
      Matcher m = java.util.regex.Pattern.compile("minAttendancePercent:\\s*(\\d+)").matcher(front);
      if (m.find()) FILE_MIN_ATT.put(k.code(), Integer.parseInt(m.group(1)));
      m = java.util.regex.Pattern.compile("passScore:\\s*(\\d+)").matcher(front);
      FILE_PASS.put(k.code(), m.find() ? Integer.parseInt(m.group(1)) : -1);
      m = java.util.regex.Pattern.compile("(?m)^languages:\\s*\\[([^\\]]*)\\]").matcher(front);
      if (m.find()) FILE_LANGS.put(k.code(), Arrays.stream(m.group(1).split(",")).map(String::trim).toList());
    }
  }
  static int pass(Course k) {
    Integer f = FILE_PASS.get(k.code());
    return f == null ? k.pass() : f < 0 ? -1 : Math.max(f, k.pass());
  }
  static int minAttendance(Course k) { return Math.max(80, FILE_MIN_ATT.getOrDefault(k.code(), 80)); }

  // ------------------------------------------------------------------ cohorts

  /** The cohorts the demo tells its stories with; place is a venue code or "online:PROVINCE". */
  static void planCohorts() {
    siti = special("learner@tenaga.test", "Siti Rahmawati", "ID-NT", "FEMALE", "1998-04-12", "MSME");
    yuliana = special(TRAINERS.get("T030").email(), "Yuliana Manafe", "ID-NT", "FEMALE", "1990-08-17", "MSME");
    sophea = special(TRAINERS.get("T031").email(), "Keo Sophea", "KH-2", "FEMALE", "1994-03-02", "CIVIL_SOCIETY");
    // Indonesia: the AI-MSME-101 train-the-trainer cascade, T001's cohorts and the demo learner
    plan("AI-MSME-101", "V-ID-01", "id", "2025-02-04", TUE_THU, 4, 30, "T001").specials.addAll(List.of(siti, yuliana));
    plan("AI-MSME-101", "online:ID-JK", "id", "2025-01-14", EVE_TT, 6, 60, "T005").fill = Fill.FULL;
    plan("AI-MSME-101", "V-ID-04", "id", "2025-03-03", MON_WED, 4, 40, "T001");
    plan("TOT-AI-MSME", "V-ID-01", "id", "2025-05-06", TUE_THU, 10, 20, "T001").specials.add(yuliana);
    plan("DIGI-RURAL-101", "V-ID-02", "id", "2025-06-07", SAT, 4, 25, "T001");
    plan("AI-MSME-101", "V-ID-02", "id", "2025-09-02", TUE_THU, 4, 25, "T030");
    plan("AI-MSME-101", "V-ID-02", "id", "2026-11-14", SAT, 4, 25, "T030");
    plan("GENAI-101", "online:ID-NT", "id", "2026-11-11", WED_EVE, 4, 60, "T001").specials.add(siti);
    plan("AI-MSME-101", "V-ID-03", "id", "2027-01-12", TUE_THU, 4, 40, "T001").reserve(8, "WOMEN|RURAL", 14).fill = Fill.PARTIAL;
    Cohort tot = plan("TOT-AI-MSME", "V-ID-01", "id", "2027-02-02", TUE_THU, 10, 20, "T001");
    tot.fill = Fill.PARTIAL; tot.specials.add(siti);
    plan("AI-ACCESS-201", "online:ID-YO", "id", "2025-10-06", EVE_MW, 7, 40, "T003").reserve(6, "DISABILITY", 10);
    plan("DATA-PRIV-101", "online:ID-JK", "id", "2027-04-05", EVE_MW, 5, 60, "T002").fill = Fill.LOW;
    // Cambodia: the DIGI-RURAL-101 cascade
    plan("DIGI-RURAL-101", "V-KH-01", "km", "2025-03-04", TUE_THU, 5, 30, "T022").specials.add(sophea);
    plan("DIGI-RURAL-101", "V-KH-03", "km", "2025-05-05", MON_WED, 5, 35, "T021");
    plan("TOT-DIGI-RURAL", "V-KH-01", "km", "2025-07-08", TUE_THU, 8, 20, "T021").specials.add(sophea);
    plan("DIGI-RURAL-101", "V-KH-01", "km", "2025-10-06", MON_WED, 5, 30, "T031");
    plan("DIGI-RURAL-101", "V-KH-01", "km", "2026-11-14", SAT, 4, 30, "T031");
    cancel(plan("CYBER-101", "V-KH-02", "km", "2026-06-01", MON_WED, 4, 35, "T022"),
        "Trainer on medical leave and no other Khmer-speaking trainer qualified for the course", Fill.PARTIAL);
    // Data analysis, then advanced machine learning (prerequisite DATA-ANL-201)
    plan("DATA-ANL-201", "online:PH-00", "en", "2025-03-04", EVE_TT, 12, 50, "T008");
    plan("DATA-ANL-201", "V-PH-01", "en", "2025-07-07", MON_WED, 8, 40, "T008");
    plan("DATA-ANL-201", "online:SG-01", "en", "2025-05-06", EVE_TT, 12, 40, "T019");
    plan("DATA-ANL-201", "V-MY-01", "en", "2025-09-01", MON_WED, 8, 40, "T019");
    plan("DATA-ANL-201", "V-SG-01", "en", "2026-02-03", TUE_THU, 8, 45, "T019");
    plan("ML-ADV-301", "V-PH-01", "en", "2026-01-10", SAT, 12, 25, "T008");
    plan("ML-ADV-301", "online:SG-01", "en", "2026-09-19", SAT, 12, 25, "T019 T020");
    plan("ML-ADV-301", "V-MY-01", "en", "2027-03-06", SAT, 12, 30, "T019").status = "DRAFT";
    // Philippines
    plan("GENAI-101", "V-PH-01", "fil", "2026-12-07", MON_WED, 4, 40, "T006").fill = Fill.FULL;
    plan("AI-GOV-201", "V-PH-01", "fil", "2026-11-10", TUE_THU, 8, 40, "T007");
    plan("AI-MSME-101", "V-PH-02", "fil", "2025-08-05", TUE_THU, 4, 35, "T006").reserve(10, "WOMEN|RURAL", 14);
    cancel(plan("AI-DRR-201", "V-PH-04", "en", "2025-11-10", MON_WED, 7, 30, "T007"),
        "Typhoon: the venue is in use as an evacuation centre; learners were offered places in the next cohort", Fill.PARTIAL);
    // Viet Nam, Thailand, Malaysia, Lao PDR, Myanmar, Timor-Leste
    plan("AI-GOV-201", "V-VN-01", "vi", "2027-01-11", MON_WED, 8, 45, "T011").fill = Fill.PARTIAL;
    plan("CYBER-101", "online:VN-SG", "vi", "2026-12-08", EVE_TT, 4, 50, "T012");
    plan("AI-AGRI-201", "V-VN-05", "vi", "2026-11-11", WED_FRI, 7, 35, "T012").reserve(6, "WOMEN|RURAL", 10);
    plan("AI-MSME-101", "V-TH-02", "th", "2025-10-06", MON_WED, 4, 40, "T014");
    plan("TOT-AI-MSME", "V-TH-02", "th", "2026-06-02", TUE_THU, 10, 20, "T014");
    plan("DIGI-RURAL-101", "V-TH-03", "th", "2027-01-16", SAT, 4, 30, "T014").reserve(8, "WOMEN|RURAL", 14).fill = Fill.PARTIAL;
    plan("DATA-PRIV-101", "online:TH-10", "th", "2026-11-18", EVE_MW, 5, 50, "T015");
    plan("RAI-ETH-301", "V-TH-01", "th", "2027-06-07", MON_WED, 10, 40, "T015").status = "DRAFT";
    plan("AI-EDU-201", "V-MY-01", "ms", "2027-02-08", MON_WED, 6, 40, "T018").fill = Fill.PARTIAL;
    plan("AI-AGRI-201", "V-LA-02", "lo", "2027-03-02", TUE_THU, 7, 30, "T023").fill = Fill.PARTIAL;
    cancel(plan("AI-MSME-101", "V-MM-01", "en", "2027-01-18", MON_WED, 4, 30, "T025"),
        "Too few registrations by the confirmation date", Fill.LOW);
    plan("AI-HEALTH-201", "V-TL-01", "en", "2027-05-04", TUE_THU, 7, 30, "T027").status = "DRAFT";
  }

  static Cohort plan(String course, String place, String lang, String first, Weekly w, int n, int cap, String trainers) {
    Venue v = place.startsWith("online:") ? null : VENUES.get(place);
    Province p = v != null ? v.province() : PROVINCES.get(place.substring(7));
    List<Trainer> ts = Arrays.stream(trainers.split(" ")).map(TRAINERS::get).toList();
    Cohort c = new Cohort(COURSES.get(course), p, v, lang, LocalDate.parse(first), w, n, cap, ts);
    String clash = clash(c);
    if (clash != null) throw new IllegalStateException("planned " + course + " from " + first + ": " + clash);
    book(c);
    return c;
  }
  static void cancel(Cohort c, String reason, Fill fill) { c.status = "CANCELLED"; c.cancelReason = reason; c.fill = fill; }

  /** Completed cohorts spread over 2025–2026, placed only where a qualified trainer and a free slot exist. */
  static void background() {
    String countries = "ID:26 PH:18 VN:16 TH:14 MY:7 KH:6 LA:4 MM:3 SG:3 TL:2 BN:1";
    String courses = "AI-MSME-101:18 GENAI-101:14 DIGI-RURAL-101:10 DATA-PRIV-101:7 CYBER-101:7 AI-GOV-201:8 AI-AGRI-201:6 "
        + "AI-EDU-201:7 DATA-ANL-201:5 AI-DRR-201:4 RAI-ETH-301:4 AI-HEALTH-201:4 AI-ACCESS-201:3";
    int made = 0;
    for (int attempt = 0; made < BACKGROUND_COHORTS; attempt++) {
      if (attempt > BACKGROUND_COHORTS * 300) throw new IllegalStateException("cannot place background cohorts");
      String cc = weighted(countries); Course k = COURSES.get(weighted(courses));
      List<String> langs = k.langs().stream().filter(COUNTRIES.get(cc).langs()::contains).toList();
      if (langs.isEmpty()) continue;
      String lang = langs.get(RND.nextInt(langs.size()));
      LocalDate first = LocalDate.of(2025, 1, 6).plusDays(RND.nextInt(640));
      List<Trainer> candidates = new ArrayList<>(TRAINERS.values().stream().filter(t -> t.quals().contains(k.code())
          && t.countries().contains(cc) && t.langs().contains(lang) && !t.from().isAfter(first)).toList());
      if (candidates.isEmpty()) continue;
      boolean online = k.online() && RND.nextDouble() < 0.35;
      Venue v = online ? null : pickVenue(cc, k);
      if (!online && v == null) continue;
      Province p = online ? PROVINCES.get(pickProvince(cc)) : v.province();
      Weekly w = pick(online ? ONLINE_WEEKS : VENUE_WEEKS);
      int n = Math.max(4, Math.min(12, (int) Math.round(k.hours() / w.hours())));
      int cap = online ? 30 + 5 * RND.nextInt(7) : Math.min(v.capacity(), 20 + 5 * RND.nextInt(9));
      Collections.shuffle(candidates, RND);
      Cohort c = null;
      for (Trainer t : candidates) {
        Cohort trial = new Cohort(k, p, v, lang, first, w, n, cap, List.of(t));
        if (!trial.end().isBefore(TODAY.minusDays(7))) break;
        if (clash(trial) == null) { c = trial; break; }
      }
      if (c == null) continue;
      if (RND.nextDouble() < 0.25) for (Trainer t2 : candidates) {
        Cohort two = new Cohort(k, p, v, lang, first, w, n, cap, List.of(c.trainers.get(0), t2));
        if (t2 != c.trainers.get(0) && clash(two) == null) { c = two; break; }
      }
      if (RND.nextDouble() < 0.12) c.fill = Fill.FULL;
      book(c);
      made++;
    }
  }

  static Venue pickVenue(String cc, Course k) {
    List<Venue> vs = VENUES.values().stream().filter(v -> v.province().country().equals(cc)).toList();
    if (vs.isEmpty()) return null;
    boolean ruralCourse = Set.of("DIGI-RURAL-101", "AI-AGRI-201").contains(k.code());
    boolean urbanCourse = !k.level().equals("foundational") && !ruralCourse;
    StringBuilder spec = new StringBuilder();
    for (Venue v : vs) {
      boolean rural = v.locality().equals("RURAL");
      spec.append(v.code()).append(':').append(ruralCourse && rural || urbanCourse && !rural ? 4 : 1).append(' ');
    }
    return VENUES.get(weighted(spec.toString().trim()));
  }
  static String pickProvince(String cc) {
    List<Province> ps = PROVINCES.values().stream().filter(p -> p.country().equals(cc)).toList();
    return ps.get(RND.nextDouble() < 0.25 ? 0 : RND.nextInt(ps.size())).code();
  }

  static List<String> sessionKeys(Cohort c, Session s) {
    List<String> keys = new ArrayList<>();
    (s.only() != null ? s.only() : c.trainers).forEach(t -> keys.add(t.code()));
    if (c.venue != null) keys.add(c.venue.code());
    return keys;
  }
  /** The first trainer or venue already booked at an overlapping time, or null. */
  static String clash(Cohort c) {
    for (Session s : c.sessions) for (String key : sessionKeys(c, s))
      for (Booking b : BUSY.getOrDefault(key, List.of()))
        if (s.start().isBefore(b.session().end()) && b.session().start().isBefore(s.end()))
          return key + " is already in " + b.cohort().course.code() + " on " + b.session().start();
    return null;
  }
  static void book(Cohort c) {
    for (Session s : c.sessions) for (String key : sessionKeys(c, s))
      BUSY.computeIfAbsent(key, x -> new ArrayList<>()).add(new Booking(s, c));
    COHORTS.add(c);
  }

  static void assignCodes() {
    COHORTS.sort(Comparator.comparing(Cohort::start).thenComparing(c -> c.course.code()).thenComparing(c -> c.country));
    Map<String, Integer> seq = new HashMap<>();
    for (Cohort c : COHORTS) {
      String prefix = "C" + c.start().getYear() + "-" + c.country;
      c.code = prefix + String.format("-%03d", seq.merge(prefix, 1, Integer::sum));
    }
  }

  // ------------------------------------------------------------------ learners and enrolments

  static Learner special(String email, String name, String province, String gender, String birth, String sector) {
    Learner l = new Learner();
    l.email = email; l.fullName = name; l.province = province; l.country = province.substring(0, 2); l.gender = gender;
    l.birth = LocalDate.parse(birth); l.locality = "RURAL"; l.sector = sector; l.special = true;
    Arrays.fill(l.wg, "NONE");
    LEARNERS.add(l);
    return l;
  }

  /** Requests in time order through the same seat rules the loader applies. */
  static void fill(Cohort c) {
    if (c.status.equals("DRAFT")) return;
    int cap = c.capacity;
    double share = switch (c.fill) { case FULL -> 1; case PARTIAL -> 0.45 + 0.3 * RND.nextDouble();
      case LOW -> 0.12 + 0.12 * RND.nextDouble(); case NORMAL -> 0.7 + 0.3 * RND.nextDouble(); };
    int enrolled = Math.max(c.specials.size(), (int) Math.round(cap * share));
    int waitlist = c.fill == Fill.FULL ? 3 + RND.nextInt(4) : 0;
    // withdrawals only where no waitlist could be promoted, and never more rows holding seats than capacity
    int withdrawn = waitlist > 0 ? 0 : Math.min(cap - enrolled, (int) Math.round(enrolled * (0.03 + 0.12 * RND.nextDouble())));
    int total = enrolled + withdrawn + waitlist;
    LocalDate last = min(c.start().minusDays(2), TODAY.minusDays(1));
    LocalDate first = min(c.start().minusDays(56), last.minusDays(35));
    List<OffsetDateTime> times = new ArrayList<>();
    for (int i = 0; i < total; i++) times.add(randomTime(first, last, c.province.offset()));
    Collections.sort(times);
    String[] roles = new String[total];
    Arrays.fill(roles, "ENROLLED");
    for (int i = total - waitlist; i < total; i++) roles[i] = "WAITLISTED";
    for (int w = 0; w < withdrawn; ) { int i = RND.nextInt(enrolled + withdrawn); if (roles[i].equals("ENROLLED")) { roles[i] = "WITHDRAWN"; w++; } }
    Map<Integer, Learner> specialAt = new HashMap<>();
    for (Learner s : c.specials) {
      int i; do { i = total - waitlist - 1 - RND.nextInt(Math.max(1, (enrolled + withdrawn) / 2)); }
      while (!roles[i].equals("ENROLLED") || specialAt.containsKey(i));
      specialAt.put(i, s);
    }
    int held = 0;
    for (int i = 0; i < total; i++) {
      OffsetDateTime t = times.get(i);
      boolean priorityOnly = c.reserved > 0 && !roles[i].equals("WAITLISTED")
          && !t.toLocalDate().isAfter(c.reservedUntil) && held >= cap - c.reserved;
      Learner l = specialAt.containsKey(i) ? specialAt.get(i) : pick(c, t, priorityOnly);
      if (l == null) continue; // no eligible learner left for a course with a prerequisite
      if (l.consentAt == null) l.consentAt = t.minusDays(2 + RND.nextInt(5)).withOffsetSameInstant(offsetOf(l));
      Enrolment e = new Enrolment(c, l, t, roles[i]);
      if (c.course.prereq() != null) prerequisite(l, c, t).usedAsPrereq = true;
      if (!roles[i].equals("WAITLISTED")) held++;
      if (roles[i].equals("WITHDRAWN")) {
        OffsetDateTime limit = OffsetDateTime.of(min(c.start().minusDays(1), TODAY), LocalTime.of(8, 0), c.province.offset());
        long span = Math.max(3600, limit.toEpochSecond() - t.toEpochSecond());
        e.withdrawnAt = t.plusSeconds(1800 + (long) (RND.nextDouble() * (span - 1800)));
      } else if (roles[i].equals("ENROLLED")) outcome(e);
      c.enrolments.add(e);
      l.enrolments.add(e);
    }
  }

  static Learner pick(Cohort c, OffsetDateTime t, boolean priorityOnly) {
    boolean returningOnly = c.course.prereq() != null;
    List<Learner> pool = RETURNING.getOrDefault(c.country, List.of());
    if (returningOnly || RND.nextDouble() < RETURNING_SHARE) {
      for (int k = 0; k < 60 && !pool.isEmpty(); k++) {
        Learner l = pool.get(RND.nextInt(pool.size()));
        if (canEnrol(l, c, t) && (!priorityOnly || priority(l, c)) && RND.nextDouble() < affinity(l, c.course)) return l;
      }
      if (returningOnly) {
        int from = pool.isEmpty() ? 0 : RND.nextInt(pool.size());
        for (int k = 0; k < pool.size(); k++) {
          Learner l = pool.get((from + k) % pool.size());
          if (canEnrol(l, c, t) && (!priorityOnly || priority(l, c))) return l;
        }
        return null;
      }
    }
    for (int k = 0; k < 200; k++) {
      Learner l = newLearner(c, t);
      if (!priorityOnly || priority(l, c)) return register(l);
    }
    throw new IllegalStateException("no priority learner for " + c.code);
  }

  static boolean canEnrol(Learner l, Cohort c, OffsetDateTime t) {
    if (l.special || !l.consentAt.isBefore(t.minusHours(1))) return false;
    if (l.birth != null && Period.between(l.birth, c.start()).getYears() < 16) return false;
    for (Enrolment e : l.enrolments) if (e.cohort.course == c.course || e.cohort.overlaps(c)) return false;
    return c.course.prereq() == null || prerequisite(l, c, t) != null;
  }

  /** A completed, unrevoked enrolment in the prerequisite course that ended before the request. */
  static Enrolment prerequisite(Learner l, Cohort c, OffsetDateTime t) {
    for (Enrolment e : l.enrolments)
      if (e.cohort.course.code().equals(c.course.prereq()) && e.completed && e.revokedReason.isEmpty()
          && e.cohort.end().plusDays(3).isBefore(t.toLocalDate())) return e;
    return null;
  }

  static boolean priority(Learner l, Cohort c) {
    int age = l.birth == null ? -1 : Period.between(l.birth, c.start()).getYears();
    return Arrays.stream(c.reservedFor.split("\\|")).anyMatch(g -> switch (g) {
      case "WOMEN" -> l.gender.equals("FEMALE");
      case "RURAL" -> l.locality.equals("RURAL");
      case "YOUTH" -> age >= 15 && age <= 35;
      default -> l.disabled();
    });
  }

  /** How likely a returning learner signs up for this course: sector fit, and the gender skew of the course. */
  static double affinity(Learner l, Course k) {
    int max = Arrays.stream(k.sectors()).max().getAsInt();
    double a = l.sector.isEmpty() ? 0.4 : (1.0 + k.sectors()[SECTORS.indexOf(l.sector)]) / max;
    if (l.gender.equals("FEMALE")) a *= Math.min(1, k.female() / 0.55);
    if (l.gender.equals("MALE")) a *= Math.min(1, (1 - k.female()) / 0.45);
    if (!k.level().equals("foundational") && l.gender.equals("FEMALE") && l.locality.equals("RURAL")) a *= 0.6;
    return a;
  }

  static Learner newLearner(Cohort c, OffsetDateTime t) {
    Course k = c.course;
    Learner l = new Learner();
    l.country = c.country;
    l.province = c.venue != null && RND.nextDouble() < 0.8 ? c.province.code() : pickProvince(c.country);
    double g = RND.nextDouble();
    l.gender = g < 0.03 ? "OTHER" : g < 0.07 ? "NOT_STATED" : RND.nextDouble() < k.female() + 0.02 ? "FEMALE" : "MALE";
    l.sector = RND.nextDouble() < 0.03 ? "" : SECTORS.get(weightedIndex(k.sectors()));
    int age = l.sector.equals("STUDENT") ? 16 + RND.nextInt(9)
        : RND.nextDouble() < k.youth() ? 19 + RND.nextInt(17) : Math.min(61, 36 + (int) Math.abs(RND.nextGaussian() * 10));
    l.birth = RND.nextDouble() < 0.03 ? null : c.start().minusYears(age).minusDays(RND.nextInt(365));
    double rural = c.venue == null ? 0.5 : c.venue.locality().equals("RURAL") ? 0.86 : 0.36;
    if (Set.of("DIGI-RURAL-101", "AI-AGRI-201").contains(k.code())) rural += 0.15;
    if (!k.level().equals("foundational") && l.gender.equals("FEMALE")) rural *= 0.6;
    boolean urbanOnly = PROVINCES.get(l.province).urbanOnly();
    l.locality = RND.nextDouble() < 0.04 ? "NOT_STATED" : !urbanOnly && RND.nextDouble() < rural ? "RURAL" : "URBAN";
    washingtonGroup(l, k);
    name(l);
    l.consentAt = t.minusMinutes(5 + RND.nextInt(60 * 24 * 20)).withOffsetSameInstant(offsetOf(l));
    return l;
  }

  static Learner register(Learner l) {
    LEARNERS.add(l);
    l.email = l.stem + String.format(".%04d", LEARNERS.size()) + "@learners.tenaga.test";
    RETURNING.computeIfAbsent(l.country, x -> new ArrayList<>()).add(l);
    return l;
  }

  /** Washington Group Short Set: ~15% not answered; of the rest ~73% no difficulty, ~20% some, ~7% a lot or cannot. */
  static void washingtonGroup(Learner l, Course k) {
    if (RND.nextDouble() < 0.15) return;
    Arrays.fill(l.wg, "NONE");
    boolean access = k.code().equals("AI-ACCESS-201");
    double u = RND.nextDouble(), disability = access ? 0.25 : 0.07, some = access ? 0.30 : 0.20;
    int[] domainWeights = {3, 2, 3, 1, 1, 1};
    if (u < disability) {
      l.wg[weightedIndex(domainWeights)] = RND.nextDouble() < 0.25 ? "CANNOT" : "A_LOT";
      if (RND.nextBoolean()) setSome(l, weightedIndex(domainWeights));
    } else if (u < disability + some) {
      setSome(l, weightedIndex(domainWeights));
      if (RND.nextDouble() < 0.25) setSome(l, weightedIndex(domainWeights));
    }
  }
  static void setSome(Learner l, int i) { if (l.wg[i].equals("NONE")) l.wg[i] = "SOME"; }

  static void name(Learner l) {
    NamePool p = POOLS.get(weighted(COUNTRIES.get(l.country).names()));
    boolean female = l.gender.equals("FEMALE") || (!l.gender.equals("MALE") && RND.nextBoolean());
    String given = pick(female ? p.female() : p.male()), family = pick(p.family());
    switch (p.style()) {
      case "FG" -> { l.fullName = family + " " + given; l.stem = ascii(given) + "." + ascii(family); }
      case "VN" -> { l.fullName = family + " " + given; l.stem = ascii(given.substring(given.lastIndexOf(' ') + 1)) + "." + ascii(family); }
      case "PAT" -> { l.fullName = given + (female ? " binti " : " bin ") + family; l.stem = ascii(given) + "." + ascii(family); }
      default -> { l.fullName = given + " " + family; l.stem = ascii(given) + "." + ascii(family); }
    }
  }

  static String ascii(String s) {
    String plain = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  static void outcome(Enrolment e) {
    Cohort c = e.cohort;
    if (c.status.equals("RUNNING")) {
      int past = (int) c.pastSessions();
      e.attended = e.learner.special || RND.nextDouble() < 0.85 ? past : Math.max(0, past - 1 - RND.nextInt(2));
    } else if (c.status.equals("COMPLETED")) assess(e);
  }

  /** Attendance and score for a completed cohort, aiming at ~80% completion with realistic gaps. */
  static void assess(Enrolment e) {
    Course k = e.cohort.course;
    int n = e.cohort.sessions.size(), pass = pass(k), need = (int) Math.ceil(minAttendance(k) * n / 100.0);
    if (e.learner.special || RND.nextDouble() < completionChance(e)) {
      e.attended = e.learner.special ? n : Math.max(need, n - (int) Math.abs(RND.nextGaussian() * 1.2));
      if (pass >= 0) e.score = e.learner.special ? Math.min(100, Math.max(88, pass + 6))
          : Math.min(100, pass + 4 + (int) Math.abs(RND.nextGaussian() * 12));
    } else if (pass >= 0 && RND.nextDouble() < 0.45) {
      e.attended = Math.max(need, n - RND.nextInt(2));
      e.score = Math.max(15, pass - 1 - RND.nextInt(25));
    } else {
      e.attended = RND.nextInt(need);
      if (pass >= 0 && e.attended * 2 >= n) e.score = 20 + RND.nextInt(70);
    }
    e.completed = e.attended >= need && (pass < 0 || (e.score != null && e.score >= pass));
  }

  static double completionChance(Enrolment e) {
    Course k = e.cohort.course; Learner l = e.learner;
    double p = 0.84 - (k.level().equals("advanced") ? 0.07 : k.level().equals("intermediate") ? 0.03 : 0);
    if (!k.level().equals("foundational") && l.locality.equals("RURAL")) p -= 0.05;
    if (l.disabled()) p -= 0.06;
    if (l.gender.equals("FEMALE") && k.female() > 0.55) p += 0.03;
    return p;
  }

  static void revokeSome() {
    List<Enrolment> candidates = new ArrayList<>();
    for (Cohort c : COHORTS) for (Enrolment e : c.enrolments)
      if (e.completed && !e.learner.special && !e.usedAsPrereq && c.course.prereq() == null) candidates.add(e);
    Collections.shuffle(candidates, RND);
    Set<Cohort> used = new HashSet<>();
    for (Enrolment e : candidates) {
      if (used.size() == REVOKE_REASONS.length) break;
      if (used.add(e.cohort)) e.revokedReason = REVOKE_REASONS[used.size() - 1];
    }
  }

  // ------------------------------------------------------------------ small helpers

  static ZoneOffset offsetOf(Learner l) { return PROVINCES.get(l.province).offset(); }
  static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }
  static <T> T pick(List<T> xs) { return xs.get(RND.nextInt(xs.size())); }
  static String pick(String[] xs) { return xs[RND.nextInt(xs.length)]; }
  static OffsetDateTime randomTime(LocalDate from, LocalDate to, ZoneOffset offset) {
    LocalDate d = from.plusDays(RND.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    return OffsetDateTime.of(d, LocalTime.of(7 + RND.nextInt(16), RND.nextInt(60), RND.nextInt(60)), offset);
  }
  /** Picks a key from "key:weight key:weight ...". */
  static String weighted(String spec) {
    String[] parts = spec.split(" ");
    int[] w = Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.substring(p.lastIndexOf(':') + 1))).toArray();
    String p = parts[weightedIndex(w)];
    return p.substring(0, p.lastIndexOf(':'));
  }
  static int weightedIndex(int[] w) {
    int r = RND.nextInt(Arrays.stream(w).sum());
    for (int i = 0; i < w.length; i++) if ((r -= w[i]) < 0) return i;
    throw new IllegalStateException();
  }
  static String fmt(OffsetDateTime t) { return t == null ? "" : DT.format(t); }
  static String str(Object o) { return o == null ? "" : o.toString(); }
  static String codes(List<Trainer> ts) { return ts == null ? "" : ts.stream().map(Trainer::code).collect(Collectors.joining("|")); }

  // ------------------------------------------------------------------ self-check

  static List<String> selfCheck() {
    List<String> p = new ArrayList<>();
    for (Course k : COURSES.values()) {
      if (TRAINERS.values().stream().noneMatch(t -> t.quals().contains(k.code()))) p.add(k.code() + ": no qualified trainer");
      if (COHORTS.stream().noneMatch(c -> c.course == k)) WARNINGS.add(k.code() + " has no cohort");
    }
    for (Trainer t : TRAINERS.values()) {
      if (t.quals().isEmpty() || t.quals().size() > 4) p.add(t.code() + ": " + t.quals().size() + " qualifications");
      t.quals().forEach(q -> { if (!COURSES.containsKey(q)) p.add(t.code() + ": unknown course " + q); });
      t.countries().forEach(cc -> { if (!COUNTRIES.containsKey(cc)) p.add(t.code() + ": unknown country " + cc); });
    }
    for (Venue v : VENUES.values()) if (v.capacity() < 20 || v.capacity() > 60) p.add(v.code() + ": capacity");
    Set<String> learnerEmails = LEARNERS.stream().map(l -> l.email).collect(Collectors.toSet());
    for (Cohort c : COHORTS) { // every code written must resolve to a row of its file
      if (COURSES.get(c.course.code()) != c.course || !PROVINCES.containsKey(c.province.code()) || !c.province.country().equals(c.country)
          || (c.venue != null && VENUES.get(c.venue.code()) != c.venue) || c.trainers.stream().anyMatch(t -> TRAINERS.get(t.code()) != t)
          || !COHORTS.contains(c) || c.enrolments.stream().anyMatch(e -> !learnerEmails.contains(e.learner.email)))
        p.add(c.code + ": dangling reference");
      for (Session s : c.sessions) if (s.only() != null && !c.trainers.containsAll(s.only())) p.add(c.code + ": session trainer");
    }
    for (Cohort c : COHORTS) checkCohort(c, p);
    checkOverlaps(p);
    checkLearners(p);
    checkStories(p);
    return p;
  }

  static void checkCohort(Cohort c, List<String> p) {
    Course k = c.course; String id = c.code + " (" + k.code() + ")";
    if (!k.langs().contains(c.lang) || !COUNTRIES.get(c.country).langs().contains(c.lang)) p.add(id + ": language " + c.lang);
    if (FILE_LANGS.containsKey(k.code()) && !FILE_LANGS.get(k.code()).contains(c.lang)) p.add(id + ": language not in course file");
    if (c.capacity < 20 || c.capacity > 60) p.add(id + ": capacity " + c.capacity);
    if (c.venue == null ? !k.online() : (!k.inPerson() || c.capacity > c.venue.capacity() || c.venue.province() != c.province))
      p.add(id + ": venue/online");
    if (c.sessions.size() < 4 || c.sessions.size() > 12) p.add(id + ": " + c.sessions.size() + " sessions");
    if (c.trainers.isEmpty() || c.trainers.size() > 2) p.add(id + ": trainers");
    for (Trainer t : c.trainers)
      if (!t.quals().contains(k.code()) || !t.countries().contains(c.country) || !t.langs().contains(c.lang) || t.from().isAfter(c.start()))
        p.add(id + ": trainer " + t.code() + " not qualified, not covering " + c.country + " or not speaking " + c.lang);
    boolean datesOk = switch (c.status) {
      case "COMPLETED" -> c.end().isBefore(TODAY);
      case "RUNNING" -> c.start().isBefore(TODAY) && c.end().isAfter(TODAY);
      case "OPEN", "DRAFT" -> c.start().isAfter(TODAY);
      default -> !c.cancelReason.isEmpty();
    };
    if (!datesOk) p.add(id + ": status " + c.status + " does not fit " + c.start() + ".." + c.end());
    if (c.reserved > 0 && (c.reserved < 5 || c.reserved > 10 || !c.reservedUntil.isBefore(c.start()))) p.add(id + ": reservation");
    if (c.status.equals("DRAFT") && !c.enrolments.isEmpty()) p.add(id + ": DRAFT with enrolments");
    int enrolled = 0, held = 0, n = c.sessions.size();
    boolean waitlisted = c.enrolments.stream().anyMatch(e -> e.outcome.equals("WAITLISTED"));
    Set<String> seen = new HashSet<>();
    OffsetDateTime previous = null;
    for (Enrolment e : c.enrolments) {
      String row = id + " / " + e.learner.email + ": ";
      if (!seen.add(e.learner.email)) p.add(row + "two rows in one cohort");
      if (previous != null && e.requestedAt.isBefore(previous)) p.add(row + "rows not in time order");
      previous = e.requestedAt;
      if (!e.requestedAt.toLocalDate().isBefore(c.start()) || !e.requestedAt.toLocalDate().isBefore(TODAY)) p.add(row + "requested too late");
      if (c.reserved > 0 && !e.outcome.equals("WAITLISTED") && !e.requestedAt.toLocalDate().isAfter(c.reservedUntil)
          && !priority(e.learner, c) && held >= c.capacity - c.reserved) p.add(row + "took a reserved seat");
      switch (e.outcome) {
        case "ENROLLED" -> { enrolled++; held++; }
        case "WITHDRAWN" -> {
          held++;
          if (waitlisted) p.add(row + "withdrawal in a cohort with a waitlist");
          if (e.withdrawnAt == null || !e.withdrawnAt.isAfter(e.requestedAt) || !e.withdrawnAt.toLocalDate().isBefore(c.start())
              || e.withdrawnAt.toLocalDate().isAfter(TODAY)) p.add(row + "withdrawnAt");
        }
        default -> { if (enrolled != c.capacity) p.add(row + "waitlisted before the cohort was full"); }
      }
      if (enrolled > c.capacity) p.add(row + "capacity exceeded");
      boolean recorded = e.attended != null || e.score != null;
      if (!e.outcome.equals("ENROLLED") && recorded) p.add(row + "results on a non-enrolled row");
      if (e.outcome.equals("ENROLLED")) switch (c.status) {
        case "COMPLETED" -> {
          if (e.attended == null || e.attended < 0 || e.attended > n) p.add(row + "attendance");
          if (e.score != null && (pass(k) < 0 || e.score < 0 || e.score > 100)) p.add(row + "score");
        }
        case "RUNNING" -> { if (e.attended == null || e.attended > c.pastSessions() || e.score != null) p.add(row + "running results"); }
        default -> { if (recorded) p.add(row + "results before the cohort ran"); }
      }
      if (!e.revokedReason.isEmpty() && !e.completed) p.add(row + "revoked without a certificate");
    }
    if (held > c.capacity) p.add(id + ": enrolled + withdrawn above capacity");
  }

  /** No trainer or venue in two overlapping sessions (rebuilt from the cohorts, independent of the booking map). */
  static void checkOverlaps(List<String> p) {
    Map<String, List<Booking>> byKey = new TreeMap<>();
    for (Cohort c : COHORTS) for (Session s : c.sessions) for (String key : sessionKeys(c, s))
      byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(new Booking(s, c));
    byKey.forEach((key, list) -> {
      list.sort(Comparator.comparing(b -> b.session().start().toInstant()));
      Booking latest = null;
      for (Booking b : list) {
        if (latest != null && b.session().start().isBefore(latest.session().end()))
          p.add(key + " in two sessions: " + latest.cohort().code + " " + latest.session().start() + " and " + b.cohort().code + " " + b.session().start());
        if (latest == null || b.session().end().isAfter(latest.session().end())) latest = b;
      }
    });
  }

  static void checkLearners(List<String> p) {
    Set<String> emails = new HashSet<>(), trainerEmails = new HashSet<>();
    for (Trainer t : TRAINERS.values()) if (!trainerEmails.add(t.email())) p.add("duplicate trainer email " + t.email());
    for (Learner l : LEARNERS) {
      if (!emails.add(l.email)) p.add("duplicate learner email " + l.email);
      if (!l.email.matches("[a-z0-9.@-]+")) p.add("non-ASCII email " + l.email);
      if (!PROVINCES.get(l.province).country().equals(l.country)) p.add(l.email + ": province outside country");
      if (l.enrolments.isEmpty()) p.add(l.email + ": no enrolment");
      int age = l.birth == null ? 30 : Period.between(l.birth, TODAY).getYears();
      if (age < 16 || age > 64) p.add(l.email + ": age " + age);
      for (Enrolment e : l.enrolments) {
        if (!l.consentAt.isBefore(e.requestedAt)) p.add(l.email + ": consent after a request");
        for (Enrolment o : l.enrolments)
          if (o != e && o.cohort.course == e.cohort.course && o.cohort.overlaps(e.cohort)) p.add(l.email + ": overlapping " + e.cohort.course.code());
        if (e.cohort.course.prereq() != null && prerequisite(l, e.cohort, e.requestedAt) == null)
          p.add(l.email + ": no completed " + e.cohort.course.prereq() + " before " + e.cohort.code);
      }
    }
  }

  static void checkStories(List<String> p) {
    Trainer t001 = TRAINERS.get("T001");
    List<Cohort> t001Id = COHORTS.stream().filter(c -> c.trainers.contains(t001) && c.country.equals("ID")).toList();
    if (t001Id.size() < 3 || t001Id.stream().noneMatch(c -> c.status.equals("RUNNING")) || t001Id.stream().noneMatch(c -> c.status.equals("OPEN")))
      p.add("T001 must teach >=3 ID cohorts incl. RUNNING and OPEN");
    Set<String> sitiStatuses = new HashSet<>();
    for (Enrolment e : siti.enrolments) if (e.outcome.equals("ENROLLED")) sitiStatuses.add(e.cohort.status + (e.completed ? "+cert" : ""));
    if (!sitiStatuses.containsAll(Set.of("COMPLETED+cert", "RUNNING", "OPEN"))) p.add("demo learner statuses " + sitiStatuses);
    if (COHORTS.stream().noneMatch(c -> c.status.equals("OPEN") && c.enrolments.stream().filter(e -> e.outcome.equals("WAITLISTED")).count() >= 3))
      p.add("no full OPEN cohort with a waitlist");
    for (Learner cascade : List.of(yuliana, sophea)) {
      Trainer t = TRAINERS.values().stream().filter(x -> x.email().equals(cascade.email)).findFirst().orElseThrow();
      Enrolment tot = cascade.enrolments.stream().filter(e -> e.cohort.course.code().startsWith("TOT-") && e.completed).findFirst().orElse(null);
      if (tot == null || !t.fullName().equals(cascade.fullName)) { p.add(t.code() + ": no completed TOT as a learner"); continue; }
      if (COHORTS.stream().noneMatch(c -> c.trainers.contains(t) && c.start().isAfter(tot.cohort.end()) && !c.status.equals("CANCELLED")))
        p.add(t.code() + ": teaches no cohort after the TOT");
    }
  }

  // ------------------------------------------------------------------ summary

  static void summary() {
    List<Enrolment> all = COHORTS.stream().flatMap(c -> c.enrolments.stream()).toList();
    System.out.printf("countries %d, provinces %d, venues %d, trainers %d, cohorts %d, sessions %d, learners %d, enrolments %d%n",
        COUNTRIES.size(), PROVINCES.size(), VENUES.size(), TRAINERS.size(), COHORTS.size(),
        COHORTS.stream().mapToInt(c -> c.sessions.size()).sum(), LEARNERS.size(), all.size());
    System.out.println("cohorts by status:  " + count(COHORTS.stream().map(c -> c.status).toList()));
    System.out.println("cohorts by country: " + count(COHORTS.stream().map(c -> c.country).toList()));
    System.out.println("cohorts by course:  " + count(COHORTS.stream().map(c -> c.course.code()).toList()));
    System.out.println("cohorts online " + COHORTS.stream().filter(c -> c.venue == null).count()
        + ", with reserved seats " + COHORTS.stream().filter(c -> c.reserved > 0).count()
        + ", with a waitlist " + COHORTS.stream().filter(c -> c.enrolments.stream().anyMatch(e -> e.outcome.equals("WAITLISTED"))).count());
    System.out.println("enrolments by outcome: " + count(all.stream().map(e -> e.outcome).toList()));
    System.out.println("enrolment rows by cohort status: " + count(all.stream().map(e -> e.cohort.status).toList()));
    System.out.println("learners by gender:   " + share(LEARNERS.stream().map(l -> l.gender).toList()));
    System.out.println("learners by locality: " + share(LEARNERS.stream().map(l -> l.locality).toList()));
    System.out.println("learners by sector:   " + share(LEARNERS.stream().map(l -> l.sector.isEmpty() ? "(empty)" : l.sector).toList()));
    System.out.println("learners by age (2026): " + share(LEARNERS.stream().map(l -> l.birth == null ? "(empty)"
        : Period.between(l.birth, TODAY).getYears() <= 35 ? "15-35" : "36+").toList()));
    System.out.println("learners by Washington Group: " + share(LEARNERS.stream().map(l -> l.wg[0] == null ? "not answered"
        : l.disabled() ? "a lot/cannot" : Arrays.asList(l.wg).contains("SOME") ? "some" : "none").toList()));
    System.out.println("learners by country: " + count(LEARNERS.stream().map(l -> l.country).toList()));
    List<Enrolment> enrolled = all.stream().filter(e -> e.outcome.equals("ENROLLED")).toList();
    for (String level : List.of("foundational", "intermediate", "advanced"))
      System.out.println("enrolled " + level + ": " + share(enrolled.stream().filter(e -> e.cohort.course.level().equals(level)).map(e -> e.learner.gender).toList()));
    List<Enrolment> finished = enrolled.stream().filter(e -> e.cohort.status.equals("COMPLETED")).toList();
    long done = finished.stream().filter(e -> e.completed).count();
    System.out.printf("completed cohorts: %d enrolled, %d completed (%.1f%%), women %.1f%%, men %.1f%%; certificates %d, revoked %d%n",
        finished.size(), done, 100.0 * done / finished.size(), rate(finished, "FEMALE"), rate(finished, "MALE"),
        done, all.stream().filter(e -> !e.revokedReason.isEmpty()).count());
    System.out.println("rows per learner: " + count(LEARNERS.stream().map(l -> String.valueOf(Math.min(4, l.enrolments.size()))).toList()));
  }
  static double rate(List<Enrolment> es, String gender) {
    List<Enrolment> g = es.stream().filter(e -> e.learner.gender.equals(gender)).toList();
    return 100.0 * g.stream().filter(e -> e.completed).count() / Math.max(1, g.size());
  }
  static Map<String, Long> count(List<String> xs) {
    return xs.stream().collect(Collectors.groupingBy(x -> x, TreeMap::new, Collectors.counting()));
  }
  static String share(List<String> xs) {
    return count(xs).entrySet().stream().map(e -> String.format("%s %.1f%%", e.getKey(), 100.0 * e.getValue() / xs.size()))
        .collect(Collectors.joining(", "));
  }

  // ------------------------------------------------------------------ output

  static void writeAll() throws IOException {
    write("countries.csv", "code,name,timeZone", COUNTRIES.values().stream().map(c -> csv(c.code(), c.name(), c.zone())).toList());
    write("provinces.csv", "country,code,name", PROVINCES.values().stream().map(p -> csv(p.country(), p.code(), p.name())).toList());
    write("venues.csv", "code,name,country,province,locality,capacity,accessibility", VENUES.values().stream().map(v ->
        csv(v.code(), v.name(), v.province().country(), v.province().code(), v.locality(), v.capacity(), v.access())).toList());
    write("trainers.csv", "code,fullName,email,phone,countries,languages,qualifications", TRAINERS.values().stream().map(t ->
        csv(t.code(), t.fullName(), t.email(), t.phone(), String.join("|", t.countries()), String.join("|", t.langs()),
            // Cascade trainers earn their qualification from their train-the-trainer certificate
            // when Tenaga loads the data, so the file gives them none.
            t.from().isAfter(LocalDate.of(2025, 1, 1)) ? "" : String.join("|", t.quals()))).toList());
    write("cohorts.csv", "code,course,country,province,venue,online,language,startDate,endDate,capacity,reservedSeats,"
        + "reservedFor,reservedUntil,status,cancelReason,trainers", COHORTS.stream().map(c -> csv(c.code, c.course.code(),
        c.country, c.province.code(), c.venue == null ? "" : c.venue.code(), c.venue == null, c.lang, c.start(), c.end(),
        c.capacity, c.reserved, c.reservedFor, str(c.reservedUntil), c.status, c.cancelReason, codes(c.trainers))).toList());
    write("sessions.csv", "cohort,start,end,venue,trainers", COHORTS.stream().flatMap(c -> c.sessions.stream().map(s ->
        csv(c.code, fmt(s.start()), fmt(s.end()), "", codes(s.only())))).toList());
    write("learners.csv", "email,fullName,country,province,gender,birthDate,locality,sector,seeing,hearing,walking,cognition,"
        + "selfCare,communication,consentAt", LEARNERS.stream().map(l -> csv(l.email, l.fullName, l.country, l.province,
        l.gender, str(l.birth), l.locality, l.sector, str(l.wg[0]), str(l.wg[1]), str(l.wg[2]), str(l.wg[3]), str(l.wg[4]),
        str(l.wg[5]), fmt(l.consentAt))).toList());
    write("enrolments.csv", "cohort,learner,requestedAt,outcome,withdrawnAt,sessionsAttended,score,revokedReason",
        COHORTS.stream().flatMap(c -> c.enrolments.stream()).map(e -> csv(e.cohort.code, e.learner.email, fmt(e.requestedAt),
            e.outcome, fmt(e.withdrawnAt), str(e.attended), str(e.score), e.revokedReason)).toList());
    write("accounts.csv", "email,fullName,roles,countries,organisation,trainer", List.of(
        csv("admin@tenaga.test", "Nurul Aini", "ADMIN", "", "", ""),
        csv("coordinator@tenaga.test", "Maria Santos", "COORDINATOR", "ID|PH|VN", "ASEAN-FOUNDATION", ""),
        csv("coordinator.th@tenaga.test", "Pimchanok Srisawat", "COORDINATOR", "TH|KH|LA|MY", "SEA-SKILLS-ALLIANCE", ""),
        csv("trainer@tenaga.test", TRAINERS.get("T001").fullName(), "TRAINER", "", "", "T001"),
        csv("learner@tenaga.test", siti.fullName, "LEARNER", "", "", ""),
        csv("donor@tenaga.test", "James Whitfield", "DONOR", "", "US-ASEAN-AI", ""),
        csv("donor.trust@tenaga.test", "Rina Hartono", "DONOR", "", "ASEAN-DIGITAL-TRUST", "")));
  }

  static void write(String file, String header, List<String> rows) throws IOException {
    Files.writeString(DIR.resolve(file), header + "\n" + String.join("\n", rows) + "\n");
  }

  /** One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled. */
  static String csv(Object... fields) {
    return Arrays.stream(fields).map(f -> {
      String s = String.valueOf(f);
      return s.matches("(?s).*[,\"\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }).collect(Collectors.joining(","));
  }
}
