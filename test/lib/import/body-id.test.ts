import { describe, expect, test } from 'vitest';
import { BODY_ID } from '../../../src/lib/corpus/load.ts';
import { proposeBodyId } from '../../../src/lib/import/body-id.ts';

describe('proposeBodyId(name, taken)', () => {
  test.each([
    // The seeds' own ids, from their names and aliases.
    ['郑州市人力资源和社会保障局', 'zhengzhou-hrss'],
    ['樟树市人社局', 'zhangshu-hrss'],
    ['郑州市惠济区人力资源和社会保障局', 'huiji-hrss'],
    ['郑州市人民政府', 'zhengzhou-government'],
    // Others: the place, then the body word by word.
    ['郑州市市场监督管理局', 'zhengzhou-shichang-jiandu-guanli-ju'],
    ['郑州市郑东新区社会事业局', 'zhengdong-shehui-shiye-ju'],
    ['郑州市人民政府办公厅', 'zhengzhou-government-bangong-ting'],
    ['吕梁市住房和城乡建设局', 'lvliang-zhufang-chengxiang-jianshe-ju'],
    ['重庆市发展和改革委员会', 'chongqing-fazhan-gaige-weiyuan-hui'],
    ['沛县教育局', 'peixian-jiaoyu-ju'],
    ['国家税务总局郑州市税务局', 'guojia-shuiwu-zongju-zhengzhou-shi-shuiwu-ju'],
    ['郑州市 ＡＢＣ 中心', 'zhengzhou-abc-zhongxin'],
  ])('%s -> %s', (name, id) => {
    expect(proposeBodyId(name)).toBe(id);
    expect(id).toMatch(BODY_ID);
  });

  test('adds a number when the id is taken', () => {
    expect(proposeBodyId('郑州市人民政府', new Set(['zhengzhou-government', 'zhengzhou-government-2']))).toBe('zhengzhou-government-3');
  });

  test('keeps ids to 60 characters, cut between words', () => {
    const id = proposeBodyId('郑州市行政审批和政务信息管理局数据资源综合开发利用服务保障中心办公室');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(BODY_ID);
    expect(id.startsWith('zhengzhou-xingzheng-shenpi-zhengwu-xinxi-guanli-ju')).toBe(true);
  });

  test('a name with nothing to spell still gets an id', () => {
    expect(proposeBodyId('……')).toBe('body');
  });
});
