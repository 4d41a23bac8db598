"""holdout142, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="community-lvyin-html-property-vote",
        site="绿茵社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lvyinsq.cn/gonggao/2025/0304.html",
        title="关于选聘新物业服务企业的业主表决公告",
        record_title="【社区公告】关于选聘新物业服务企业的业主表决公告",
        date="2025-03-04",
        notes="residents' site; voting table; a sentence about 关注/扫码 voting kept; community hotline chrome",
        page="""
<html><head><meta charset="utf-8"><title>绿茵社区网</title></head>
<body><div class="hd">⟦m 绿茵社区居民委员会⟧ ⟦m 便民热线 0731-84551230⟧</div>
<div class="nav">⟦m 社区首页 | 社区公告 | 党群服务 | 办事指南 | 居民之声⟧</div>
<h1>{T}</h1>
<p class="i">⟦m 发布人：社区居委会　发布日期：2025-03-04⟧</p>
{BODY}
<div class="bt">⟦a 返回列表⟧ ⟦a 打印⟧</div>
<div class="ft">⟦m 地址：长沙市芙蓉区绿茵路12号　社区服务站⟧</div>
</body></html>
""",
        body="""
各位业主：
因原物业服务合同将于4月30日到期，经业主委员会提议，定于3月10日至3月24日就选聘新物业服务企业进行业主共同决定。
候选企业　报价（元/平方米·月）
湘麓物业服务有限公司　1.35
城鑫物业管理有限公司　1.28
业主可关注“绿茵业主之家”公众号，扫码实名登录后投票；不会使用手机的业主，可到社区服务站领取纸质表决票。
绿茵小区业主委员会
2025年3月4日
""",
    ),
    dict(
        slug="community-xiaojie-text-business-mixer",
        site="小街坊社区服务平台 (invented)",
        style="社区网站",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://xjf.jiedao-service.cn/act/20250416.html",
        title="“个体户服务日”活动方案",
        record_title=None,
        date="2025-04-16",
        notes="street-office page; title only on the page; numbered list; signature date",
        page="""
!m 小街坊社区服务平台　|　临江街道
!m 主页 → 社区活动 → 活动方案
{T}
!m 发布：临江街道营商服务站　　阅读 392
!a 报名参加 >>　　分享给邻居
{BODY}
!l 往期活动：小店消防安全培训　|　夜市摊主座谈会
!m 临江街道办事处　　鄂ICP备20013011号
""",
        body="""
为帮助辖区个体工商户解决经营中的实际困难，街道营商服务站定于4月26日举办“个体户服务日”活动。
1. 活动地点：临江街道便民服务中心一楼大厅。
2. 服务内容：市场监管、税务、人社等部门现场办理年报、发票申领、社保登记等业务。
3. 参加对象：辖区内个体工商户经营者。
4. 其他事项：请携带营业执照和身份证原件，现场提供免费复印服务。
临江街道营商服务站
2025年4月16日
""",
    ),
    dict(
        slug="assoc-diaosu-html-sculpture-pledge",
        site="省城市雕塑协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.sdiaosu-xh.org.cn/news/xhdt/2025/0610/312.html",
        title="关于规范城市公共雕塑创作的倡议书",
        record_title="关于规范城市公共雕塑创作的倡议书_省城市雕塑协会",
        date="2025-06-10",
        notes="association site; numbered proposals; membership banner and sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范城市公共雕塑创作的倡议书_省城市雕塑协会</title></head>
<body><div class="banner">⟦m 省城市雕塑协会⟧ ⟦a 会员入会申请⟧</div>
<ul class="nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 作品展示⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="pos">⟦m 首页 > 协会动态⟧</div>
<h1>{T}</h1><p class="d">⟦m 时间：2025-06-10　来源：协会秘书处⟧</p>
{BODY}
<div class="side"><h4>⟦l 最新动态⟧</h4><p>⟦l 第五届城市雕塑作品展开幕⟧</p><p>⟦l 协会召开三届二次理事会⟧</p></div>
<div class="foot">⟦m 地址：省会文艺路99号　电话：0351-2261180⟧ ⟦m 版权所有：省城市雕塑协会⟧</div>
</body></html>
""",
        body="""
全省城市雕塑工作者：
近年来，个别地方出现了贪大求洋、盲目模仿、造型怪异的城市雕塑，引发群众议论。为此，我们向全省同行发出如下倡议：
一、坚持以人民为中心，创作前充分听取周边居民意见。
二、尊重城市文脉，多从本地历史和民俗中汲取题材，不搞千城一面。
三、严格执行公共雕塑方案评审和公示程序，不接受未经论证的“领导工程”。
四、重视作品后期养护，与建设单位明确养护责任。
省城市雕塑协会
2025年6月10日
""",
    ),
    dict(
        slug="assoc-chuneng-text-industry-report",
        site="市储能产业联盟 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.cnlianmeng.org/bg/2025-h1.html",
        title="2025年上半年全市储能产业运行简报",
        record_title="【联盟简报】2025年上半年全市储能产业运行简报",
        date="2025-07-15",
        notes="alliance report; data table; date in the document under the issuer; member login chrome",
        page="""
!m 市储能产业联盟　　会员登录 | 加入联盟
!m 首页 > 行业数据 > 运行简报
!t 【联盟简报】2025年上半年全市储能产业运行简报
!m 发布：联盟秘书处　　2025-07-16
{BODY}
!d 本简报数据由会员单位报送，仅供参考，引用请注明出处。
!l 往期简报：2024年全年 ｜ 2024年三季度
""",
        date_also=["2025-07-16"],
        body="""
上半年，全市储能产业保持较快增长，产值和新增装机均创同期新高。
指标　2025年上半年　同比增长
产业产值（亿元）　126.4　31.2%
新增装机（万千瓦）　18.5　46.8%
规上企业（家）　57　14.0%
从细分领域看，电芯制造产值占比58%，系统集成占比27%，运维服务占比上升至9%。下半年，随着两个百兆瓦时级项目投产，预计全年产值将突破260亿元。
市储能产业联盟秘书处
2025年7月15日
""",
    ),
    dict(
        slug="corp-hengchu-html-recall-notice",
        site="恒储能源官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hengchu-energy.com/news/notice/20250519.html",
        title="关于部分户用储能电池产品主动召回的公告",
        record_title="关于部分户用储能电池产品主动召回的公告 | 恒储能源",
        date="2025-05-19",
        notes="company site; customer-service line in the document kept beside the site's sales line; serial-number table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于部分户用储能电池产品主动召回的公告 | 恒储能源</title></head>
<body><header><div class="logo">⟦m 恒储能源 HENGCHU ENERGY⟧</div><nav>⟦m 产品中心 解决方案 新闻动态 投资者关系 加入我们⟧</nav><div>⟦w 销售热线 400-616-0909⟧</div></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司公告⟧</div>
<h1>{T}</h1><p class="date">⟦m 2025.05.19⟧</p>
{BODY}
<div class="np">⟦l 上一条：恒储能源荣获年度绿色工厂称号⟧ ⟦l 下一条：恒储能源2024年度社会责任报告⟧</div>
<footer>⟦m © 2025 恒储能源科技股份有限公司 版权所有⟧ ⟦m 苏ICP备19022010号-1⟧</footer>
</body></html>
""",
        body="""
近期，我公司在质量追溯中发现，2024年10月至11月生产的部分户用储能电池产品，其电池管理系统软件存在缺陷，极端情况下可能导致过充保护失效。为消除安全隐患，我公司决定主动召回上述产品。
涉及型号　生产批次　数量（台）
HC-5K　2410A至2411C　1326
HC-10K　2410B至2411B　487
我公司将安排售后工程师免费上门升级软件并检测电池。用户可拨打客户服务专线0512-68821199，或在产品铭牌上扫码查询是否在召回范围内。
恒储能源科技股份有限公司
2025年5月19日
""",
    ),
    dict(
        slug="corp-ziyuan-text-perilla-oil",
        site="紫源农业官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ziyuan-agri.com/news/qydt/88.html",
        title="紫源农业紫苏籽油生产线正式投产",
        record_title="紫源农业紫苏籽油生产线正式投产-企业动态-紫源农业",
        date="2024-10-28",
        notes="company news; bracketed time; photo caption; footer with hotline and ICP",
        page="""
!m 紫源农业　ZIYUAN AGRI
!m 网站首页　关于紫源　产品展示　企业动态　联系我们
!m 当前位置：网站首页 > 企业动态
{T}
!m 【2024-10-28】　　浏览次数：306
{BODY}
!l 【上一篇】紫源农业参加全国农产品交易会
!m 全国服务热线：400-887-1318　　皖ICP备17005521号
""",
        body="""
10月26日，紫源农业年产500吨紫苏籽油生产线在县农产品加工园正式投产。
该生产线采用低温冷榨和物理精炼工艺，最大限度保留紫苏籽中的α-亚麻酸。项目总投资3200万元，投产后可带动周边3个乡镇的2000余户农户种植紫苏1.5万亩。
⟦m 图：紫苏籽油灌装车间⟧
公司负责人介绍，公司与种植户签订保底收购协议，每公斤紫苏籽收购价不低于9元，让农户种得放心。
""",
    ),
    dict(
        slug="training-kangning-html-dietitian-class",
        site="康宁职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.kangningpx.com/jianzhang/yingyang.html",
        title="公共营养师（四级）培训招生简章",
        record_title="公共营养师（四级）培训招生简章-康宁职业培训学校",
        date=None,
        notes="training school: floating consult box and course ads; school's own 报名电话 kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>公共营养师（四级）培训招生简章-康宁职业培训学校</title></head>
<body><div class="top">⟦m 康宁职业培训学校⟧ ⟦m 人社部门备案培训机构⟧</div>
<div class="nav">⟦m 首页 | 培训项目 | 师资力量 | 学员风采 | 在线报名⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线咨询 点我领取课程资料⟧ ⟦w 微信咨询：kn_peixun⟧</div>
<div class="ad">⟦l 热招课程：育婴员 | 养老护理员 | 保健按摩师⟧</div>
<div class="ft">⟦m 康宁职业培训学校 版权所有 晋ICP备22001893号⟧</div>
</body></html>
""",
        body="""
一、培训对象
具有高中以上学历、有志从事营养指导工作的社会人员。
二、培训内容
膳食调查与评价、人体营养状况测定、营养咨询与教育、膳食指导与评估，共120学时。
三、收费标准
培训费2800元，含教材费和考试费。符合条件的学员可申请职业技能培训补贴。
四、报名方式
报名电话：0351-7023651　报名地点：本校一楼招生办。
""",
    ),
    dict(
        slug="training-zhiqiao-text-arbitration-course",
        site="智桥法律实务培训 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.zhiqiaopx.cn/xueyuan/xinde/1207.html",
        title="参加商事仲裁实务研修班的学习体会",
        record_title="学员心声｜参加商事仲裁实务研修班的学习体会",
        date=None,
        notes="student essay; course ad line between paragraphs; no date",
        page="""
!m 智桥法律实务培训　　专注法律人职业成长
!m 首页 > 学员心声
!t 学员心声｜参加商事仲裁实务研修班的学习体会
!m 学员：应书涵（第七期）
{BODY}
!w 第八期研修班报名中，名额有限，咨询电话 021-50118806
!l 更多学员心声 >>
""",
        body="""
作为一名从业三年的企业法务，我一直觉得仲裁是律师的事情。参加这次研修班后，我才发现企业法务在合同起草阶段就能为仲裁打好基础。
研修班安排了仲裁条款起草、证据组织、开庭模拟三个模块。印象最深的是模拟开庭，我担任申请人代理人，第一次体会到庭审节奏之快，准备不足的问题一下子就暴露出来了。
⟦l 课程回放请登录学员中心查看⟧
回到单位后，我把公司的合同范本逐一检查了一遍，修改了七份合同中约定不明的仲裁条款。
""",
    ),
    dict(
        slug="app-bixia-text-investment-speech",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.bixiashenghua.com/s/7Hq2mX",
        title="在全区重点项目集中签约仪式上的致辞",
        record_title="在全区重点项目集中签约仪式上的致辞（可编辑）",
        date=None,
        notes="writing-app share; AI-rewrite prompt; template placeholders; no date",
        page="""
!a 下载笔下生花APP，10万+范文随心改
!t 在全区重点项目集中签约仪式上的致辞（可编辑）
!m 笔下生花　·　1.6万人使用过
!a ✎ AI一键改写　　⧉ 复制全文
{BODY}
!a 打开APP查看更多同类范文
!d 内容由用户创作并分享，仅供参考。
""",
        body="""
尊敬的各位嘉宾，女士们、先生们：
金秋送爽，硕果盈枝。今天，我们在这里隆重举行××区重点项目集中签约仪式，共有××个项目签约，总投资××亿元。在此，我代表区委、区政府，向各位客商表示热烈欢迎！
近年来，我区坚持把招商引资作为“一号工程”，营商环境持续优化。我们将为每个签约项目配备一名服务专员，全程帮办代办，让企业安心投资、放心发展。
最后，祝签约项目早日开工、早日投产！谢谢大家！
""",
    ),
    dict(
        slug="app-wenmiao-html-pertussis-plan",
        site="文喵写作 (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="html",
        source="https://m.wenmiao.cn/share/doc?id=a90e17",
        title="幼儿园百日咳防控工作应急预案",
        record_title="幼儿园百日咳防控工作应急预案｜文喵写作",
        date=None,
        notes="app share page with open-in-app banner and paywall line between paragraphs; numbered steps; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>幼儿园百日咳防控工作应急预案｜文喵写作</title></head>
<body><div class="app-banner">⟦a 文喵写作APP · 打开⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 文喵写作 · 已被收藏 328 次⟧</div>
{BODY}
<div class="bottom-bar">⟦a 一键套用⟧ ⟦a 导出Word⟧ ⟦a 分享⟧</div>
<div class="rec">⟦l 猜你需要：传染病防控应急预案 | 晨午检制度⟧</div>
</body></html>
""",
        body="""
一、目的
为及时发现和有效控制百日咳在园内传播，保障幼儿身体健康，制定本预案。
二、组织机构
成立以园长为组长，保健医生、各班主任为成员的防控工作小组。
⟦a 会员可查看完整预案，立即开通⟧
三、处置程序
1. 发现疑似病例，保健医生立即隔离观察，并通知家长带幼儿就医。
2. 确诊后2小时内报告属地疾控中心和教育主管部门。
3. 对患儿所在班级开展医学观察，做好教室通风和消毒。
""",
    ),
]
