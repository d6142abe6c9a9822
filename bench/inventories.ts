// A deterministic synthetic set of agency inventories for the duplicate bench: ~700 agencies (the 63
// provinces, ten departments each — created by the import because the file says so — and the
// ministries and agencies) and 10,000 entries. Entries are drawn from kinds people actually list:
// local copies of national databases, local databases many provinces build (tourism, education…),
// look-alikes with the same words (hard negatives) and one-off systems; names vary in prefix,
// abbreviation, place name, diacritics and "hoá"/"hóa" spelling, so matching has work to do.

import { rng } from "./national.js";

const KINDS: { name: string; description: string; fields?: string }[] = [
    { name: "CSDL doanh nghiệp", description: "Thông tin đăng ký thành lập, thay đổi, giải thể của doanh nghiệp trên địa bàn.", fields: "mã số doanh nghiệp;tên doanh nghiệp;địa chỉ" },
    { name: "Danh sách doanh nghiệp đăng ký kinh doanh", description: "Tổng hợp doanh nghiệp đăng ký mới hằng tháng phục vụ báo cáo." },
    { name: "Phần mềm quản lý hồ sơ CBCCVC", description: "Quản lý hồ sơ, lý lịch và biến động nhân sự của cán bộ, công chức, viên chức.", fields: "họ tên;ngày sinh;số định danh cá nhân;chức vụ" },
    { name: "CSDL cán bộ, công chức, viên chức", description: "Hồ sơ điện tử cán bộ, công chức, viên chức của các cơ quan, đơn vị." },
    { name: "CSDL địa chính", description: "Bản đồ địa chính, hồ sơ thửa đất và giấy chứng nhận quyền sử dụng đất.", fields: "số thửa;số tờ;diện tích" },
    { name: "CSDL giá đất", description: "Số hoá bảng giá đất và giá đất cụ thể do UBND ban hành." },
    { name: "CSDL thống kê, kiểm kê đất đai", description: "Kết quả thống kê đất đai hằng năm và kiểm kê định kỳ." },
    { name: "CSDL hộ tịch số hóa", description: "Số hóa sổ hộ tịch lưu trữ: khai sinh, kết hôn, khai tử." },
    { name: "CSDL văn bản QPPL", description: "Văn bản quy phạm pháp luật do HĐND, UBND ban hành." },
    { name: "CSDL dân cư dùng chung", description: "Thông tin cơ bản về công dân trên địa bàn dùng khi giải quyết thủ tục hành chính.", fields: "họ tên;số CCCD;nơi thường trú" },
    { name: "CSDL về giá", description: "Giá hàng hóa, dịch vụ do UBND định giá, giá kê khai và giá thị trường." },
    { name: "Phần mềm quản lý đối tượng bảo trợ xã hội", description: "Hồ sơ đối tượng hưởng trợ cấp xã hội hằng tháng." },
    { name: "CSDL người tham gia BHXH, BHYT", description: "Người tham gia bảo hiểm xã hội, bảo hiểm y tế trên địa bàn.", fields: "mã số BHXH;họ tên;số thẻ BHYT" },
    { name: "CSDL quản lý GPLX", description: "Hồ sơ cấp mới, cấp đổi giấy phép lái xe." },
    { name: "Phần mềm tiếp nhận phiếu LLTP", description: "Tiếp nhận hồ sơ cấp phiếu lý lịch tư pháp." },
    { name: "CSDL du lịch", description: "Điểm đến, cơ sở lưu trú, doanh nghiệp lữ hành và số liệu khách du lịch." },
    { name: "HTTT quản lý cơ sở lưu trú du lịch", description: "Cơ sở lưu trú du lịch được xếp hạng và tình hình khách lưu trú." },
    { name: "CSDL ngành giáo dục", description: "Thông tin trường, lớp, học sinh và kết quả học tập." },
    { name: "Hệ thống quản lý trường học", description: "Cơ sở giáo dục, lớp học và hồ sơ học sinh các cấp." },
    { name: "Hồ sơ sức khỏe điện tử", description: "Hồ sơ sức khoẻ điện tử của người dân do trạm y tế cập nhật." },
    { name: "CSDL quan trắc môi trường", description: "Số liệu trạm quan trắc tự động chất lượng không khí và nước mặt." },
    { name: "Hệ thống quản lý văn bản và điều hành", description: "Văn bản đi, đến và văn bản chỉ đạo, điều hành." },
    { name: "CSDL công bố giá vật liệu xây dựng", description: "Giá vật liệu xây dựng do Sở Xây dựng công bố định kỳ." },
    { name: "CSDL cơ sở khám bệnh, chữa bệnh", description: "Giấy phép hoạt động và quy mô giường bệnh của cơ sở khám chữa bệnh." },
    { name: "CSDL doanh nghiệp du lịch được khen thưởng", description: "Doanh nghiệp du lịch được tặng bằng khen hằng năm." },
    { name: "CSDL quy hoạch xây dựng", description: "Đồ án quy hoạch chung, quy hoạch phân khu đã phê duyệt." },
    { name: "CSDL số lượng người tham gia BHXH", description: "Số liệu thống kê số người tham gia bảo hiểm xã hội theo quý." },
    { name: "CSDL cơ sở trợ giúp xã hội", description: "Cơ sở trợ giúp xã hội công lập và ngoài công lập." },
    { name: "CSDL dự án đầu tư công", description: "Danh mục dự án đầu tư công và tiến độ giải ngân." },
    { name: "CSDL tài nguyên nước", description: "Giấy phép khai thác, sử dụng tài nguyên nước và xả thải." },
];
const PREFIXES = ["", "Hệ thống thông tin ", "Phần mềm ", "Kho dữ liệu ", "Nền tảng "];
const UNIQUE_WORDS = ["di tích", "lễ hội", "làng nghề", "cây trồng", "vật nuôi", "thủy lợi", "đê điều", "rừng", "khoáng sản", "thể thao", "thư viện", "bảo tàng", "báo chí", "quảng cáo", "an toàn thực phẩm", "phòng cháy", "thi đua", "thanh tra", "khiếu nại", "biên giới"];
/** Syllables for one-off systems' own names ("hệ thống Lam Sơn"), so they do not all look alike. */
const SYLLABLES = "an bình hòa phú tân long thạnh đông tây nam bắc hưng phước lộc thuận đức quảng vĩnh minh trung lam sơn hà giang thái nguyên hồng ngọc kim châu mỹ khánh tường thọ xuân thu hạ lâm hải đăng quang phong vân tiến thành công".split(" ");
const MINISTRY_DEPARTMENTS = ["Sở Tư pháp", "Sở Tài chính", "Sở Nội vụ", "Sở Y tế", "Sở Xây dựng", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch"];

const strip = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[Đđ]/g, (c) => (c === "Đ" ? "D" : "d"));
const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The kinds the entries are drawn from (the missing-databases bench builds its reference catalogue from them). */
export { KINDS as SYNTHETIC_KINDS };

/** One CSV inventory file: `entries` rows over the provinces' departments and the central agencies given; `notStated` of them with an empty status (as 000 §6 says many catalogues leave it). */
export function syntheticInventory(provinces: string[], central: string[], entries = 10_000, seed = 7, notStated = 0): { csv: string; agencies: number } {
    const r = rng(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
    const agencies = [
        ...provinces.flatMap((p) => [{ name: `UBND tỉnh ${p}`, create: false, place: p }, ...MINISTRY_DEPARTMENTS.map((d) => ({ name: `${d} tỉnh ${p}`, create: true, place: p }))]),
        ...central.map((c) => ({ name: c, create: false, place: "" })),
    ];
    const lines = ["agency,name,description,status,fields,legal_basis,create_department"];
    for (let i = 0; i < entries; i++) {
        const a = agencies[i % agencies.length]!;
        const unique = r() < 0.25;
        const k = pick(KINDS);
        const own = `${pick(SYLLABLES)} ${pick(SYLLABLES)}`;
        let name = unique ? `Hệ thống ${own} về ${pick(UNIQUE_WORDS)} ${i}` : `${pick(PREFIXES)}${k.name}${a.place ? ` tỉnh ${a.place}` : ""} ${i}`;
        let description = unique ? `Hệ thống ${own} quản lý thông tin ${pick(UNIQUE_WORDS)} và ${pick(UNIQUE_WORDS)}.` : k.description;
        if (r() < 0.15) name = strip(name);
        if (r() < 0.1) description = description.replaceAll("hóa", "hoá");
        const status = notStated > 0 && r() < notStated ? "" : pick(["operating", "building", "planned"]);
        lines.push([a.name, name, description, status, unique ? "" : (k.fields ?? ""), "", a.create ? "yes" : ""].map(quote).join(","));
    }
    return { csv: `${lines.join("\n")}\n`, agencies: agencies.length };
}
