/**
 * The prose sections (一 总体情况, 五 问题及改进, 六 其他事项) and the optional
 * preamble, in the wording bodies use, quoting the body's own figures.
 */
import type { GeneratedBody } from './bodies.ts';
import type { Figures } from './figures.ts';
import type { Random } from './random.ts';

export interface Paragraph {
  text: string;
  /** A sub-heading such as （一）主动公开; Markdown layouts mark it with ###. */
  subheading?: boolean;
}

export interface Prose {
  preamble: Paragraph[];
  overview: Paragraph[];
  problems: Paragraph[];
  other_matters: Paragraph[];
}

/** 县委、县政府 for a county, 区委、区政府 for a district, and so on. */
function leaders(body: GeneratedBody): string {
  const { province, city, county } = body.meta.region;
  const unit = (county ?? city ?? province).slice(-1);
  return `${unit}委、${unit}政府`;
}

const SUBSECTIONS = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'] as const;

const ENUMS = {
  chinese: ['（一）', '（二）', '（三）', '（四）', '（五）'],
  arabic: ['（1）', '（2）', '（3）', '（4）', '（5）'],
  ascii: ['(一) ', '(二) ', '(三) ', '(四) ', '(五) '],
};

const FILLER = [
  '坚持以公开为常态、不公开为例外，不断提升政府信息公开工作的规范化水平。',
  '进一步健全工作机制，压实工作责任，确保各项工作落到实处。',
  '切实保障人民群众的知情权、参与权、表达权和监督权。',
  '持续优化公开内容和公开形式，不断提高政府工作透明度和公信力。',
];

/**
 * A line starting with a numeral and short enough to be a heading (一是…, 2023年…)
 * could be read as the next section's heading; real paragraphs are long, so lengthen.
 */
function paragraph(text: string, r: Random): Paragraph {
  let t = text;
  while (/^\s*[一二三四五六1-6１-６]/.test(t) && t.length <= 80) t += r.pick(FILLER);
  return { text: t };
}

export function generateProse(body: GeneratedBody, year: number, f: Figures, r: Random): Prose {
  const name = body.meta.name;
  const apps = f.applications;
  const received = apps.received.total;
  const handled = apps.total.total;
  const granted = apps.granted.total + apps.partially_granted.total;
  const active = r.int(20, 400) * (body.meta.kind === 'government' ? 10 : 1);
  const enums = ENUMS[r.pick(['chinese', 'chinese', 'arabic', 'ascii'] as const)];
  const leader = leaders(body);

  const preamble: Paragraph[] = r.chance(0.4)
    ? [
        paragraph(
          `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由${name}编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有任何疑问，请与${name}联系（电话：0${r.int(310, 999)}-${r.int(2000000, 8999999)}）。`,
          r,
        ),
      ]
    : [];

  const details: Record<(typeof SUBSECTIONS)[number], string> = {
    主动公开: `全年共主动公开政府信息${active}条，其中政策文件${Math.round(active * 0.1)}件、政策解读${Math.round(active * 0.05)}篇、工作动态${Math.round(active * 0.4)}条；本年制发行政规范性文件${f.active_disclosure.normative_documents.issued}件，现行有效${f.active_disclosure.normative_documents.in_force}件。`,
    依申请公开: `全年共收到政府信息公开申请${received}件，上年结转${apps.carried_over.total}件，办结${handled}件，其中予以公开或部分公开${granted}件，结转下年度继续办理${apps.carried_forward.total}件。严格按照法定时限答复，规范答复文书格式。`,
    政府信息管理: `健全政府信息公开审查机制，落实“先审查、后公开”和“一事一审”制度，对拟公开的政府信息进行保密审查，全年未发生泄密事件。及时开展规范性文件清理工作。`,
    政府信息公开平台建设: `以政府网站为政府信息公开第一平台，充分发挥政务新媒体、政务公开专区等平台作用，及时更新栏目内容，确保信息发布准确、及时、规范。`,
    监督保障: `将政府信息公开工作纳入年度绩效考核，组织开展业务培训${r.int(1, 6)}次，主动接受社会监督，全年未发生因政府信息公开工作引起的责任追究情况。`,
  };

  const overview: Paragraph[] = [
    paragraph(
      `${year}年，${name}在${leader}的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作，现将有关情况报告如下。`,
      r,
    ),
  ];
  const inline = r.chance(0.3);
  SUBSECTIONS.forEach((title, i) => {
    if (inline) overview.push(paragraph(`${enums[i]}${title}情况。${details[title]}`, r));
    else overview.push({ text: `${enums[i]}${title}`, subheading: true }, paragraph(details[title], r));
  });

  const problems: Paragraph[] = [
    paragraph(`${year}年，${name}政府信息公开工作取得了一定成效，但仍存在一些不足：一是公开内容的全面性和及时性有待提高；二是政策解读形式较为单一，通俗易懂的图解、视频解读较少；三是工作人员业务能力有待进一步加强。`, r),
    paragraph(`下一步，${name}将持续加强政府信息公开工作：一是严格落实《条例》要求，及时、准确公开政府信息；二是丰富政策解读形式，提高解读质量；三是加强业务培训，不断提升工作人员业务水平。`, r),
  ];
  if (r.chance(0.3)) problems.unshift({ text: `${enums[0]}存在问题`, subheading: true });

  const feeNotices = r.chance(0.8) ? 0 : r.int(1, 5);
  const other_matters: Paragraph[] = [
    paragraph(
      feeNotices
        ? `依据《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定，本年度发出收费通知${feeNotices}件，收取信息处理费${feeNotices * 100}元。`
        : `依据《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定，本年度未收取信息处理费。`,
      r,
    ),
  ];
  if (r.chance(0.5)) other_matters.push(paragraph(`${name}认真落实${year}年政务公开工作要点，按要求完成各项年度任务。`, r));
  return { preamble, overview, problems, other_matters };
}
