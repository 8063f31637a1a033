// The fixed 50 queries of the library benchmark: what columnists and editors search for in a
// Saudi newspaper archive, typed the way people type them (often without hamza).
export const BENCH_QUERIES: { kind: string; query: string }[] = [
  ...[
    'السعودية',
    'الرياض',
    'وزارة',
    'التعليم',
    'الاقتصاد',
    'النفط',
    'الملك',
    'مجلس',
    'الشورى',
    'داعش',
    'المستشفى',
    'الطلاب',
    'الهلال',
    'اليمن',
    'الحج',
    'رمضان',
    'المرور',
    'الإسكان',
    'البطالة',
    'الكهرباء'
  ].map((query) => ({ kind: 'word', query })),
  ...['الاسلامية', 'امير', 'اسعار', 'الامن', 'مسئول', 'رئيس', 'الاعلام', 'انتخابات', 'الأسرة', 'القضاة'].map((query) => ({ kind: 'hamza variant', query })),
  ...[
    '"ولي العهد"',
    '"مجلس الوزراء"',
    '"كرة القدم"',
    '"خادم الحرمين الشريفين"',
    '"الامم المتحدة"',
    '"وزارة الصحة"',
    '"سوق الاسهم"',
    '"المملكة العربية السعودية"'
  ].map((query) => ({ kind: 'phrase', query })),
  ...['اقتصاد*', 'تعلي*', 'سعود*', 'مستشف*', 'انتخاب*', 'استثمار*'].map((query) => ({ kind: 'prefix', query })),
  ...['النفط اسعار', 'الهلال النصر', 'وزير الصحة', 'الطلاب الجامعة', 'اليمن الحوثي', 'المرأة العمل'].map((query) => ({ kind: 'two words', query }))
]
