// The five reports: metadata and the SHA-256 of the text the parsers were written against.
// A changed report is refused (hash mismatch) rather than half-parsed.
import type { DocumentRecord } from "./types.js";

export const DOCUMENTS: readonly DocumentRecord[] = [
    {
        id: "000", dir: "reports", file: "000_ff51918d0580b58e.txt", number: null, issued: "2023-07-12", publisher: "Bộ Thông tin và Truyền thông",
        title: "Báo cáo chuyên đề: Tổng hợp hiện trạng dữ liệu số trong cơ quan nhà nước",
        sha256: "db5dd286b32d081e778a5712e0468eed1a372f677ffccd3a2b67cc41708f438a",
    },
    {
        id: "001", dir: "reports", file: "001_4a23bf8268e070f1.txt", number: "31/BC-UBQGCĐS", issued: "2023-06-26", publisher: "Bộ Thông tin và Truyền thông",
        title: "Báo cáo chuyên đề: Tổng quan kết nối, chia sẻ dữ liệu",
        sha256: "59e7439227d42bb21c3283b0d4e1b35deabd11d0d96377f19f80a1a59ac47976",
    },
    {
        id: "002", dir: "reports", file: "002_17175cca07c4ffed.txt", number: "2389/BTTTT-CĐSQG", issued: "2023-06-23", publisher: "Bộ Thông tin và Truyền thông",
        title: "V/v ban hành danh mục cơ sở dữ liệu của bộ, ngành, địa phương và kế hoạch cung cấp dữ liệu mở",
        sha256: "d1a61e8a5c1545902102edc82a3e16b4c8d9dd14902e957be0885729797e26c3",
    },
    {
        id: "003", dir: "reports", file: "003_b0acf857d398640c.txt", number: null, issued: "2023-08", publisher: "Ủy ban nhân dân tỉnh Điện Biên",
        title: "Kế hoạch cung cấp dữ liệu mở của các cơ quan Nhà nước tỉnh Điện Biên giai đoạn 2023 - 2025",
        sha256: "ed484974efce6e38eb08da1c75b7b148f8ef2ff73e01595788ec0b27d2895762",
    },
    {
        id: "004", dir: "reports", file: "004_96092d8047b230a0.txt", number: "3272/BTTTT-CĐSQG", issued: "2023-08-11", publisher: "Bộ Thông tin và Truyền thông",
        title: "V/v đôn đốc triển khai Năm dữ liệu số quốc gia",
        sha256: "dfc958011a8d8a1d169f4f600fe9e33ec221db551010f4ba724a6079ecb53255",
    },
    {
        id: "ref-provinces", dir: "reference", file: "provinces_2023_to_2025.csv", number: "202/2025/QH15", issued: "2025-06-12", publisher: "Quốc hội",
        title: "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (hiệu lực 1/7/2025); mã mới theo Quyết định 19/2025/QĐ-TTg; Thành phố Huế theo Nghị quyết 175/2024/QH15",
        sha256: "a8074ab97f17ea7d735661e023ed0839f7f5142d09a3b0385d5b3ed577c12d59",
    },
    {
        id: "ref-ministries", dir: "reference", file: "ministries_2023_to_2025.csv", number: "176/2025/QH15", issued: "2025-02-18", publisher: "Quốc hội",
        title: "Nghị quyết 176/2025/QH15 về cơ cấu tổ chức của Chính phủ (từ 1/3/2025) và các nghị định tiếp theo",
        sha256: "e6a3a0c9470129101141291d8863398c61eafe16ecf2ed38e75345e31017a65f",
    },
];
