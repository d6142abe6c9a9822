// Legacy Vietnamese font encodings. Before Unicode, Vietnamese text was typed in 8-bit "font
// encodings": TCVN3 (ABC, fonts .VnTime…) and VNI (fonts VNI-Times…). Such text read as Unicode — the
// way a CSV or workbook made from an old sheet arrives — is mojibake: "Thành phố" is "Thµnh phè" in
// TCVN3 and "Thaønh phoá" in VNI. Neither can be converted safely here (the same bytes are valid
// Latin-1), so a file that reads so is refused with one sentence saying how to convert it.

/** Characters TCVN3 puts where Vietnamese letters were (µ = à, ¸ = á, ® = đ, § = Đ, ­ = ư …): none is a Vietnamese letter. */
const TCVN3_MARKS = new Set("µ¸¶·¹¨©ª«¬\u00AD®§¡¢£¤¥¦»¾¼½ÆÇËÑÎÏÖ×ØÜÞßåæçîþ");
/** VNI's tone and shape bytes read as Latin-1 after a vowel (ø = huyền, û = hỏi, ï = nặng, ö = ư, ñ = đ). */
const VNI_PAIR = /[aeiouyAEIOUY][øûïöØÛÏÖ]|[ñÑ]/g;
/** Letters only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ and the tone-marked vowels ạ … ỹ). */
const VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/g;

export interface LegacyEncoding {
    name: "TCVN3 (ABC)" | "VNI";
    /** A word of the file as it reads, for the message. */
    sample: string;
}

/** The legacy font encoding `text` is in, or null when it reads as Unicode Vietnamese (or has no Vietnamese at all). */
export function legacyEncoding(text: string): LegacyEncoding | null {
    const s = text.length > 200_000 ? text.slice(0, 200_000) : text;
    let tcvn = 0;
    for (const ch of s) if (TCVN3_MARKS.has(ch)) tcvn += 1;
    const vni = s.match(VNI_PAIR)?.length ?? 0;
    const unicode = s.match(VIETNAMESE)?.length ?? 0;
    if (tcvn + vni < 3 || tcvn + vni <= unicode) return null;
    const name = tcvn >= vni ? "TCVN3 (ABC)" : "VNI";
    const word = s.split(/[\s,;\t"]+/).find((w) => (name === "VNI" ? /[aeiouyAEIOUY][øûïöØÛÏÖ]|[ñÑ]/.test(w) : [...w].some((c) => TCVN3_MARKS.has(c))));
    return { name, sample: word ?? "" };
}

/** The one sentence a refused legacy file gets. */
export function legacyMessage(l: LegacyEncoding): string {
    return (
        `the file is in the legacy ${l.name} font encoding, not Unicode (it reads "${l.sample}"): ` +
        `convert it with UniKey's toolkit (Ctrl+Shift+F6, source ${l.name === "VNI" ? "VNI Windows" : "TCVN3 (ABC)"}, destination Unicode) ` +
        `and save it again as "CSV UTF-8" or as an Excel workbook (.xlsx)`
    );
}
