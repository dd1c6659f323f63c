/**
 * Real provinces, prefecture-level cities and counties (with their pinyin, for
 * URL-safe body ids), so generated bodies read like the ones that publish.
 */
export interface County {
  name: string;
  slug: string;
}

export interface City {
  name: string;
  slug: string;
  counties: readonly County[];
}

export interface Province {
  name: string;
  slug: string;
  cities: readonly City[];
}

/** `'金水区:jinshui 二七区:erqi'` to counties. */
const counties = (list: string): County[] =>
  list.split(' ').map((entry) => {
    const [name, slug] = entry.split(':') as [string, string];
    return { name, slug };
  });

export const PROVINCES: readonly Province[] = [
  {
    name: '河南省',
    slug: 'henan',
    cities: [
      { name: '郑州市', slug: 'zhengzhou', counties: counties('金水区:jinshui 二七区:erqi 中原区:zhongyuan 管城回族区:guancheng 惠济区:huiji 上街区:shangjie 新郑市:xinzheng 登封市:dengfeng 荥阳市:xingyang 中牟县:zhongmou 巩义市:gongyi 新密市:xinmi') },
      { name: '洛阳市', slug: 'luoyang', counties: counties('西工区:xigong 老城区:laocheng 涧西区:jianxi 洛龙区:luolong 偃师区:yanshi 孟津区:mengjin 新安县:xinan 栾川县:luanchuan 嵩县:songxian 汝阳县:ruyang') },
      { name: '开封市', slug: 'kaifeng', counties: counties('龙亭区:longting 鼓楼区:gulou 禹王台区:yuwangtai 祥符区:xiangfu 兰考县:lankao 杞县:qixian 通许县:tongxu 尉氏县:weishi') },
      { name: '南阳市', slug: 'nanyang', counties: counties('宛城区:wancheng 卧龙区:wolong 邓州市:dengzhou 南召县:nanzhao 方城县:fangcheng 西峡县:xixia 镇平县:zhenping 内乡县:neixiang') },
      { name: '新乡市', slug: 'xinxiang', counties: counties('红旗区:hongqi 卫滨区:weibin 牧野区:muye 辉县市:huixian 长垣市:changyuan 获嘉县:huojia') },
    ],
  },
  {
    name: '江西省',
    slug: 'jiangxi',
    cities: [
      { name: '宜春市', slug: 'yichun', counties: counties('袁州区:yuanzhou 樟树市:zhangshu 丰城市:fengcheng 高安市:gaoan 靖安县:jingan 奉新县:fengxin 万载县:wanzai 上高县:shanggao 宜丰县:yifeng 铜鼓县:tonggu') },
      { name: '南昌市', slug: 'nanchang', counties: counties('东湖区:donghu 西湖区:xihu 青云谱区:qingyunpu 青山湖区:qingshanhu 新建区:xinjian 南昌县:nanchangxian 进贤县:jinxian 安义县:anyi') },
      { name: '赣州市', slug: 'ganzhou', counties: counties('章贡区:zhanggong 南康区:nankang 赣县区:ganxian 瑞金市:ruijin 于都县:yudu 兴国县:xingguo 信丰县:xinfeng 宁都县:ningdu') },
      { name: '九江市', slug: 'jiujiang', counties: counties('浔阳区:xunyang 濂溪区:lianxi 柴桑区:chaisang 瑞昌市:ruichang 共青城市:gongqingcheng 庐山市:lushan 修水县:xiushui 武宁县:wuning') },
    ],
  },
  {
    name: '湖北省',
    slug: 'hubei',
    cities: [
      { name: '武汉市', slug: 'wuhan', counties: counties('江岸区:jiangan 江汉区:jianghan 硚口区:qiaokou 汉阳区:hanyang 武昌区:wuchang 洪山区:hongshan 江夏区:jiangxia 黄陂区:huangpi') },
      { name: '宜昌市', slug: 'yichang', counties: counties('西陵区:xiling 伍家岗区:wujiagang 夷陵区:yiling 宜都市:yidu 当阳市:dangyang 枝江市:zhijiang 远安县:yuanan') },
    ],
  },
  {
    name: '浙江省',
    slug: 'zhejiang',
    cities: [
      { name: '杭州市', slug: 'hangzhou', counties: counties('上城区:shangcheng 拱墅区:gongshu 西湖区:xihu 滨江区:binjiang 萧山区:xiaoshan 余杭区:yuhang 富阳区:fuyang 建德市:jiande 桐庐县:tonglu 淳安县:chunan') },
      { name: '宁波市', slug: 'ningbo', counties: counties('海曙区:haishu 江北区:jiangbei 北仑区:beilun 镇海区:zhenhai 鄞州区:yinzhou 余姚市:yuyao 慈溪市:cixi 宁海县:ninghai 象山县:xiangshan') },
    ],
  },
  {
    name: '四川省',
    slug: 'sichuan',
    cities: [
      { name: '成都市', slug: 'chengdu', counties: counties('锦江区:jinjiang 青羊区:qingyang 金牛区:jinniu 武侯区:wuhou 成华区:chenghua 双流区:shuangliu 郫都区:pidu 都江堰市:dujiangyan 彭州市:pengzhou') },
      { name: '绵阳市', slug: 'mianyang', counties: counties('涪城区:fucheng 游仙区:youxian 安州区:anzhou 江油市:jiangyou 三台县:santai 盐亭县:yanting 梓潼县:zitong') },
    ],
  },
  {
    name: '山东省',
    slug: 'shandong',
    cities: [
      { name: '济南市', slug: 'jinan', counties: counties('历下区:lixia 市中区:shizhong 槐荫区:huaiyin 天桥区:tianqiao 历城区:licheng 长清区:changqing 章丘区:zhangqiu 平阴县:pingyin') },
      { name: '青岛市', slug: 'qingdao', counties: counties('市南区:shinan 市北区:shibei 黄岛区:huangdao 崂山区:laoshan 李沧区:licang 城阳区:chengyang 即墨区:jimo 胶州市:jiaozhou 平度市:pingdu') },
    ],
  },
  {
    name: '广东省',
    slug: 'guangdong',
    cities: [
      { name: '广州市', slug: 'guangzhou', counties: counties('越秀区:yuexiu 海珠区:haizhu 荔湾区:liwan 天河区:tianhe 白云区:baiyun 黄埔区:huangpu 番禺区:panyu 花都区:huadu 从化区:conghua 增城区:zengcheng') },
      { name: '佛山市', slug: 'foshan', counties: counties('禅城区:chancheng 南海区:nanhai 顺德区:shunde 三水区:sanshui 高明区:gaoming') },
    ],
  },
];

export interface Department {
  slug: string;
  /** Name at city and county level. */
  name: string;
  /** Name at province level; absent where a province has no such body. */
  provincial?: string;
  /** Short form that titles use (樟树市人社局). */
  short?: string;
  /** How much it licenses and fines, relative to a people's government. */
  enforcement: number;
}

export const DEPARTMENTS: readonly Department[] = [
  { slug: 'hrss', name: '人力资源和社会保障局', provincial: '人力资源和社会保障厅', short: '人社局', enforcement: 0.05 },
  { slug: 'market-supervision', name: '市场监督管理局', provincial: '市场监督管理局', short: '市场监管局', enforcement: 0.6 },
  { slug: 'ecology-environment', name: '生态环境局', provincial: '生态环境厅', enforcement: 0.1 },
  { slug: 'natural-resources', name: '自然资源和规划局', provincial: '自然资源厅', short: '自然资源局', enforcement: 0.1 },
  { slug: 'housing', name: '住房和城乡建设局', provincial: '住房和城乡建设厅', short: '住建局', enforcement: 0.15 },
  { slug: 'education', name: '教育局', provincial: '教育厅', enforcement: 0.02 },
  { slug: 'health', name: '卫生健康委员会', provincial: '卫生健康委员会', short: '卫健委', enforcement: 0.2 },
  { slug: 'public-security', name: '公安局', provincial: '公安厅', enforcement: 0.5 },
  { slug: 'civil-affairs', name: '民政局', provincial: '民政厅', enforcement: 0.02 },
  { slug: 'finance', name: '财政局', provincial: '财政厅', enforcement: 0.01 },
  { slug: 'transport', name: '交通运输局', provincial: '交通运输厅', short: '交通局', enforcement: 0.3 },
  { slug: 'agriculture', name: '农业农村局', provincial: '农业农村厅', short: '农业局', enforcement: 0.1 },
  { slug: 'emergency', name: '应急管理局', provincial: '应急管理厅', short: '应急局', enforcement: 0.1 },
  { slug: 'justice', name: '司法局', provincial: '司法厅', enforcement: 0.02 },
  { slug: 'development-reform', name: '发展和改革委员会', provincial: '发展和改革委员会', short: '发改委', enforcement: 0.05 },
  { slug: 'urban-management', name: '城市管理局', short: '城管局', enforcement: 0.3 },
  { slug: 'water', name: '水利局', provincial: '水利厅', enforcement: 0.05 },
  { slug: 'culture-tourism', name: '文化广电和旅游局', provincial: '文化和旅游厅', short: '文广旅局', enforcement: 0.1 },
  { slug: 'veterans', name: '退役军人事务局', provincial: '退役军人事务厅', enforcement: 0.01 },
  { slug: 'healthcare-security', name: '医疗保障局', provincial: '医疗保障局', short: '医保局', enforcement: 0.05 },
  { slug: 'statistics', name: '统计局', provincial: '统计局', enforcement: 0.02 },
  { slug: 'audit', name: '审计局', provincial: '审计厅', enforcement: 0.01 },
  { slug: 'commerce', name: '商务局', provincial: '商务厅', enforcement: 0.05 },
  { slug: 'science-technology', name: '科学技术局', provincial: '科学技术厅', short: '科技局', enforcement: 0.02 },
  { slug: 'government-office', name: '人民政府办公室', provincial: '人民政府办公厅', short: '政府办', enforcement: 0 },
];
