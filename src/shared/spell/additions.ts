// Amud's own additions to AyaSpell: standard words the list lacks, today's vocabulary, and the
// names a newspaper prints every day. Written by hand (after reading the words the checker
// flagged most often on 31,030 real articles) and kept short on purpose: each entry is a word a
// careful editor would let through. The clitic rules apply to these as to any word, so only
// base forms are listed (الحوثيين is ال + حوثيين). "base/x/y" stands for base, base+x, base+y.

const EVERYDAY = `
يليق/ون تليق يفوح تفوح هشة كمائن مناخات عطلات عطاءات ولاءات عصائر مطبات فحوصات حجوزات
سحوبات كشوفات مزادات تالف/ة/ات معبأة مفخخ/ة/ات ممنهج/ة حوكمة سعودة مبتعث/ة/ون/ين/ات عضوة
نيئة محاصصة توعوية تمريرة/ات تسديدة/ات صافرة ريالات هللة/ات قسطرة إطلالة/ات تفحيط سفلتة
تغريدة شوكولاتة أوبريتات أوركسترا بهارات شوربة بيتزا مولات إكسسوارات ليموزين تلفريك
`

const MODERN = `
ميليشيا/ت مليشيا سوبر ديزل إسترليني/ة استاد ستاد استديو/هات جيجابايت غيغابايت
ميغاواط ميجاوات ميغاوات جيجاوات كيلوجرام/ا/ات ترليون/ات إيبولا كورونا كوليسترول كولسترول
إنسولين ألزهايمر زهايمر جيوسياسي/ة لوجيستي/ة باليستي/ة هيدروكربونات كربوهيدرات كالسيوم
سيليكون سليكون نانو جينوم جينات تويتر يوتيوب إنستغرام إنستجرام واتساب واتس
جوجل غوغل آيفون آيباد أندرويد ويندوز سكايب هاشتاق هاشتاغ إيميل
`

/** Organizations, brands and places of the news, Arab and foreign. */
const NAMES = `
داعش داعشي/ة/ون/ين دواعش حوثي/ة/ون/ين فيفا يويفا ناتو يونسكو أرامكو رويترز
بلومبيرغ بلومبرغ شينخوا موبايلي آبل سامسونج سامسونغ أمازون ياهو نوكيا تويوتا هيونداي مرسيدس
فيراري ماكدونالدز كوكاكولا إيرباص بوينغ بوينج
خامنئي أردوغان إردوغان ترامب ترمب لافروف ميركل هولاند بلاتر نتانياهو بوتفليقة
حفتر خاشقجي
القطيف الخفجي عنيزة أملج الدوادمي الهفوف جيزان رفحاء شرورة محايل صامطة ضباء رابغ
سيهات تاروت العوامية القديح الأفلاج الخرمة تنومة الجنادرية المصمك الدلم ثادق حريملاء
ميونيخ زيوريخ هوليوود هارفارد ستانفورد اسطنبول أربيل المكلا شبوة
يونايتد سيتي تشيلسي تشلسي أرسنال آرسنال توتنهام يوفنتوس بايرن جيرمان أتلتيكو
مورينيو نيمار كريستيانو
`

/** Family and tribal names the Gulf press prints most (without ال, which the rules add). */
const FAMILIES = `
عتيبي دوسري سبيعي بقمي يامي ظفيري عصيمي ثبيتي تويجري خثعمي
`

/** First names of foreign people, as Arabic papers transliterate them. */
const FIRST_NAMES = `
دونالد فلاديمير ماريو روبرتو خوسيه فرانسوا فرانسيسكو مانويل إدواردو ميشال ستيفان ماركو سيرجيو
دييغو دييجو فيكتور جيفري ستيف ستيوارت براون جونسون جونز سانتوس روبرتس
`

/** Latin letters spelled out in acronyms (سي إن إن، بي بي سي، إف بي آي). */
const LETTER_NAMES = `إف جي إتش جيه كيو إس يو دبليو إكس واي`

/** Every word, expanded from the base/suffix notation. */
export function additionWords(): string[] {
  const out: string[] = []
  for (const entry of [EVERYDAY, MODERN, NAMES, FAMILIES, FIRST_NAMES, LETTER_NAMES].join(' ').split(/\s+/)) {
    if (!entry) continue
    const [base, ...suffixes] = entry.split('/')
    out.push(base!, ...suffixes.map((s) => base! + s))
  }
  return out
}
