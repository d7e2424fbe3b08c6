import type { Worker } from '../case/types.js';

type Labels = { ru: string; kk: string };

export const CATEGORY_LABELS: Record<Worker['category'], Labels> = {
  '1': { ru: 'первая', kk: 'бірінші' },
  '2': { ru: 'вторая', kk: 'екінші' },
  '3': { ru: 'третья', kk: 'үшінші' },
  '4': { ru: 'четвёртая', kk: 'төртінші' },
  seasonal: { ru: 'сезонные работы', kk: 'маусымдық жұмыстар' },
};

export const SPECIAL_CONDITIONS: Record<'training' | 'retraining' | 'upskilling' | 'new-jobs', Labels> = {
  training: { ru: 'профессиональное обучение граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтарын кәсіптік оқыту' },
  retraining: { ru: 'переподготовка граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтарын қайта даярлау' },
  upskilling: { ru: 'повышение квалификации граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтарының біліктілігін арттыру' },
  'new-jobs': { ru: 'создание дополнительных рабочих мест для граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтары үшін қосымша жұмыс орындарын құру' },
};

/** Education levels of the case schema, as the application names them. */
export const EDUCATION_LEVELS: Record<Worker['education']['level'], Labels> = {
  secondary: { ru: 'среднее', kk: 'орта' },
  vocational: { ru: 'техническое и профессиональное', kk: 'техникалық және кәсіптік' },
  higher: { ru: 'высшее', kk: 'жоғары' },
  postgraduate: { ru: 'послевузовское', kk: 'жоғары оқу орнынан кейінгі' },
};

/**
 * The re-issue reasons the 2017 pack allows (the re-issue ground of `grounds.json` lists the same
 * ids). The application prints any other reason as `OTHER_REISSUE_REASON` followed by the
 * applicant's details, and the pack refuses it.
 */
export const REISSUE_REASONS: Record<string, Labels> = {
  'worker-name-changed': {
    ru: 'изменение фамилии, имени или отчества иностранного работника',
    kk: 'шетелдік қызметкердің тегінің, атының немесе әкесінің атының өзгеруі',
  },
  'worker-passport-changed': {
    ru: 'замена документа, удостоверяющего личность иностранного работника',
    kk: 'шетелдік қызметкердің жеке басын куәландыратын құжатының ауыстырылуы',
  },
  'employer-reorganised': { ru: 'реорганизация работодателя', kk: 'жұмыс берушінің қайта ұйымдастырылуы' },
  'employer-renamed': { ru: 'изменение наименования работодателя', kk: 'жұмыс беруші атауының өзгеруі' },
  'permit-details-changed': {
    ru: 'изменение реквизитов работодателя, указанных в разрешении',
    kk: 'жұмыс берушінің рұқсатта көрсетілген деректемелерінің өзгеруі',
  },
};

export const OTHER_REISSUE_REASON: Labels = { ru: 'иное основание', kk: 'өзге негіз' };
