"""holdout116, part D: download stations, exam sites, tenders, law firms, residents' sites. All invented."""

CASES = [
    dict(
        slug="download-html-table-layout-fire-extinguisher-rules",
        site="公文资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.gwzlxz.com/soft/zhidu/20241.html",
        title="单位灭火器配置与检查管理制度",
        record_title="单位灭火器配置与检查管理制度 免费下载",
        date=None,
        notes="old table layout: file-info table, mirror links, dead-link report; rule speaks of 打印 (kept); no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>单位灭火器配置与检查管理制度 免费下载</title>
<script src="/ad/float.js"></script></head><body>
<table width="980"><tr><td>⟦m 公文资料下载站 www.gwzlxz.com⟧</td><td>⟦a 收藏本站⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 规章制度 → 安全管理⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：26 KB　资料格式：DOC　更新时间：2024-12-09⟧</td></tr>
<tr><td>⟦m 下载次数：本日 4 本周 31 总计 1562⟧</td></tr>
</table>
<table width="980"><tr><td>⟦l 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</td></tr><tr><td>⟦a 下载地址失效？点此报告错误⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料均来源于网络，仅供学习研究，请下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强本单位消防器材管理，确保灭火器完好有效，制定本制度。
第二条　办公区每层楼按不少于每150平方米配置2具5公斤干粉灭火器，配电室、厨房另行增配二氧化碳或水基型灭火器。
第三条　安全管理员每月检查一次灭火器压力、铅封和喷管，检查结果打印后张贴在灭火器箱内侧，电子记录同步保存。
第四条　灭火器自出厂之日起满五年的，应当送有资质的机构维修；满十年的，一律报废更换。
第五条　本制度自印发之日起执行。
""",
    ),
    dict(
        slug="download-text-walkie-talkie-dealer-plan",
        site="方案下载吧 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fangan8.net/down/9921.html",
        title="景区对讲机通信保障方案",
        record_title="景区对讲机通信保障方案.wps",
        date=None,
        notes="file-name title (.wps); numbered list kept; year only in the category; no date",
        page="""
!m 方案下载吧｜实用方案随心下
!m 分类：2025年景区管理方案
{T}
!m 软件大小：18K　授权：免费　语言：中文　评分：★★★★☆
!a ↓ 高速下载（需安装下载器）　↓ 普通下载
{BODY}
!l 同类推荐：景区节假日客流疏导方案　｜　游客中心服务规范
!d 如有侵权请来信说明，本站将在三个工作日内删除
""",
        indent="  ",
        body="""
为保障景区日常运营和节假日高峰期间内部通信畅通，结合景区山地地形复杂、信号盲区多的实际，制定本方案。
一、设备配置：全景区配置数字对讲机120台，其中安保60台、保洁20台、索道和游船30台、游客中心10台。
二、频道划分：1. 一频道为指挥调度；2. 二频道为安保巡逻；3. 三频道为设备运维；4. 四频道为应急备用。
三、中继站建设：在主峰、北坡和停车场各设一座中继站，消除主要游线信号盲区。
四、日常管理：对讲机实行定人定机，每天交接班时检查电量，严禁在频道内闲聊。
""",
    ),
    dict(
        slug="exam-html-social-security-card-agency-recruitment",
        site="蘼江市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mjrsks.gov.cn/ksxx/2025/0408/1912.html",
        title="蘼江市社会保障卡服务中心2025年公开招聘编外工作人员公告",
        record_title="蘼江市社会保障卡服务中心2025年公开招聘编外工作人员公告_考试信息_蘼江市人事考试网",
        date="2025-04-08",
        notes="exam site; schedule table; committee 咨询电话 beside site technical line; sentence telling to 下载打印 准考证 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蘼江市社会保障卡服务中心2025年公开招聘编外工作人员公告_考试信息_蘼江市人事考试网</title></head><body>
<div class="hd">⟦m 蘼江市人事考试网⟧ ⟦m 公平公正　服务考生⟧</div>
<nav>⟦m 首页⟧ ⟦m 考试信息⟧ ⟦m 网上报名⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</nav>
<div class="wz">⟦m 当前位置：首页 &gt;&gt; 考试信息⟧</div>
<h1>{T}</h1><div class="t">⟦m 发布日期：2025-04-08　来源：市社保卡服务中心⟧</div>
{BODY}
<div class="tip">⟦l 温馨提示：请考生每日关注本网站最新公告⟧</div>
<footer>⟦m 网站技术支持电话：0733-8220 9911（仅限报名系统问题）⟧ ⟦m 湘ICP备09001273号⟧</footer>
</body></html>
""",
        body="""
因工作需要，蘼江市社会保障卡服务中心面向社会公开招聘编外工作人员8名。现将有关事项公告如下。
一、招聘岗位：窗口服务岗6名、数据维护岗2名，具体条件见岗位表。
二、时间安排
环节　　时间
网上报名　　4月10日至4月16日
打印准考证　　4月24日至4月26日
笔试　　4月27日上午
三、考生须在规定时间内登录报名系统下载打印准考证，凭准考证和身份证参加考试。
咨询电话：0733-8215 6624（市社保卡服务中心人事科）。
蘼江市社会保障卡服务中心
2025年4月8日
""",
    ),
    dict(
        slug="exam-text-household-registration-auxiliary-police",
        site="苘原人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.qiongyuan.gov.cn/news/2024/10/25/2210.shtml",
        title="县公安局户籍窗口辅警招聘面试公告",
        record_title="【面试公告】县公安局户籍窗口辅警招聘面试公告",
        date="2024-10-25",
        notes="exam notice; interview list as table; page markers ⟮n⟯ glued",
        page="""
!m 苘原人事考试信息网 > 考务公告
{T}
!m 2024-10-25　来源：县公安局政治处
{BODY}
!a 【收藏本页】【打印】【关闭】
!m 苘原县人力资源和社会保障局主办
""",
        pages=dict(fmt="⟮{n}⟯", every=200, start=2, glue=True),
        body="""
根据县公安局户籍窗口辅警招聘工作安排，经资格复审，现将面试有关事项公告如下。
一、面试时间：2024年10月30日上午8:30开始，考生须于8:00前到达候考室。
二、面试地点：县公安局三楼警务技能训练中心。
三、面试人员名单
序号　　姓名　　准考证号
1　　覃思雨　　20240301
2　　罗晓晨　　20240307
3　　黄嘉怡　　20240312
四、面试采取结构化面试方式，满分100分，成绩当场公布。考生须携带身份证和准考证，未按时到达的视为自动放弃。
""",
    ),
    dict(
        slug="tender-html-dredger-bid-result",
        site="蓠水公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.lishui-q.gov.cn/jyxx/jsgc/zbgs/20250115/8811.html",
        title="蓠水河航道疏浚工程（二期）中标结果公告",
        record_title="蓠水河航道疏浚工程（二期）中标结果公告",
        record_date="2025-01-15",
        date="2025-01-15",
        notes="tender platform; purchaser and agency contacts kept beside the CA hotline; bid table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蓠水公共资源交易网</title></head><body>
<div class="top">⟦m 蓠水公共资源交易网⟧ ⟦a CA办理⟧ ⟦a 投标人登录⟧</div>
<nav>⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 诚信体系⟧</nav>
<div class="pos">⟦m 首页 &gt; 交易信息 &gt; 工程建设 &gt; 中标公示⟧</div>
<h2>{T}</h2>
<div class="ti">⟦m 【信息时间：2025-01-15】【阅读次数：532】⟧</div>
{BODY}
<footer>⟦m CA证书服务热线：400-880-5526⟧ ⟦m 主办：蓠水县公共资源交易中心⟧</footer>
</body></html>
""",
        body="""
一、项目编号：LSJT-2024-086
二、中标人：江汇航道工程有限公司
三、中标价：1846.32万元；工期：210日历天
四、评标委员会推荐的中标候选人
排序　　单位名称　　投标报价（万元）
1　　江汇航道工程有限公司　　1846.32
2　　顺洋疏浚股份有限公司　　1879.10
3　　蓠通水利建设集团　　1902.55
五、联系方式
招标人：蓠水县交通运输局；联系人：邹工；电话：0578-6120 3317
代理机构：诚衡项目管理有限公司；联系人：林女士；电话：0578-6133 0082
""",
    ),
    dict(
        slug="tender-text-battery-recycling-procurement",
        site="采易招标网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.caiyizb.com/zb/2024/11/30201.html",
        title="市环卫集团废旧电池回收处置服务采购公告",
        record_title="市环卫集团废旧电池回收处置服务采购公告（竞争性磋商）",
        date="2024-11-18",
        notes="procurement announcement; member-only contact masked line is chrome; document date from a 发布时间 line",
        page="""
!m 采易招标网 — 免费查招标
!m 首页 ＞ 招标公告 ＞ 环保服务
{T}
!m 发布时间：2024-11-18　　地区：蕙州市　　类型：竞争性磋商
!a 该项目联系方式仅对VIP会员开放，立即开通＞＞
{BODY}
!w 标书代写、资质咨询，请联系客服小周 136****7721
!l 推荐项目：市区垃圾分类督导服务采购｜医疗废物转运服务
""",
        body="""
项目名称：废旧电池回收处置服务
预算金额：38万元
服务内容：对全市412个废旧电池投放点的废旧电池进行定期收运、分类贮存和无害化处置，服务期一年。
供应商资格要求：1. 具有危险废物经营许可证；2. 具有危险货物道路运输资质或与有资质单位签订运输协议；3. 近三年无重大环境违法记录。
获取磋商文件时间：2024年11月19日至11月25日，每天9:00至17:00。
""",
    ),
    dict(
        slug="lawfirm-html-paternity-testing-lecture",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hengzhenglaw.cn/insight/2024/0916.html",
        title="亲子鉴定与抚养纠纷中的证据问题——在社区家事法律讲堂上的讲稿",
        record_title="法律讲堂丨亲子鉴定与抚养纠纷中的证据问题——在社区家事法律讲堂上的讲稿",
        date="2024-09-14",
        notes="law firm template; speaker line neutral; date under title; consult prompt and disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>衡正律师事务所</title></head><body>
<header>⟦m 衡正律师事务所 HENGZHENG LAW FIRM⟧<nav>⟦m 首页⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 衡正观点⟧ ⟦m 联系我们⟧</nav></header>
<div class="bc">⟦m 首页 / 衡正观点 / 家事法律⟧</div>
<h1>{T}</h1>
<p>（2024年9月14日）</p>
<p>衡正律师事务所律师　钱雨桐</p>
{BODY}
<div class="cta">⟦w 家事纠纷咨询：400-660-1998（工作日9:00-18:00）⟧</div>
<div class="dis">⟦d 本文仅为一般性法律知识介绍，不构成对任何具体案件的法律意见。⟧</div>
<footer>⟦m © 2025 衡正律师事务所　苏ICP备18042288号⟧</footer>
</body></html>
""",
        body="""
各位居民朋友：
今天和大家聊聊亲子鉴定在抚养纠纷中怎么用。
第一，亲子鉴定原则上要双方自愿。一方拒绝配合，但另一方已经提供了必要证据的，法院可以推定请求一方的主张成立。
第二，私下委托的DNA鉴定，如果采样过程没有见证、机构没有资质，在法庭上很可能不被采信。
第三，涉及未成年人的，要把孩子的利益放在第一位，尽量避免当着孩子的面谈论鉴定问题。
""",
    ),
    dict(
        slug="lawfirm-text-mobile-phone-recycling-letter",
        site="明衡律所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.minghenglawyer.com/wenshu/7712.html",
        title="关于旧手机回收门店数据清除义务的律师函",
        record_title="【律师范本】关于旧手机回收门店数据清除义务的律师函（可改可用）",
        date=None,
        notes="law firm template letter with ××× placeholders and 年 月 日 (no date)",
        page="""
!m 明衡律所 · 文书范本库
!m 范本 > 律师函 > 消费纠纷
{T}
!m 编辑：明衡律所文书组　收录：2025-01-07
{BODY}
!a 〔复制范本〕〔下载Word〕
!w 需要律师为您出具正式律师函？在线咨询 ＞
!d 范本仅供参考，请结合具体情况修改使用
""",
        body="""
×××手机回收店：
本所受×××先生（女士）委托，就其在贵店出售旧手机后个人信息泄露一事，致函如下：
一、委托人于××××年××月××日在贵店出售旧手机一部，贵店工作人员当场承诺将清除手机内全部数据。
二、此后委托人陆续接到陌生人以其通讯录联系人名义发出的借款信息，经核查系原手机数据未被清除所致。
三、请贵店自收到本函之日起七日内与本所联系，说明数据处理情况并协商赔偿事宜，否则本所将依法追究贵店的法律责任。
××律师事务所
律师：×××
年　月　日
""",
    ),
    dict(
        slug="community-html-intercom-retrofit-notice",
        site="槿园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jinyuansq.cn/gonggao/2025/0506.html",
        title="关于老旧小区楼宇对讲系统改造的通知",
        record_title="关于老旧小区楼宇对讲系统改造的通知",
        date="2025-05-06",
        notes="residents' site; a sentence about 扫码 voting kept; property hotline in the footer; document contact kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>槿园社区服务网</title></head><body>
<div class="hd">⟦m 槿园社区服务网⟧ ⟦m 邻里一家亲⟧</div>
<nav>⟦m 社区首页⟧ ⟦m 通知公告⟧ ⟦m 办事指南⟧ ⟦m 志愿服务⟧</nav>
<h1>{T}</h1><p class="m">⟦m 社区居委会　2025-05-06⟧</p>
{BODY}
<div class="side">⟦l 社区活动：端午包粽子报名 · 老年人防诈骗讲座⟧</div>
<footer>⟦m 物业24小时报修：0571-8890 2200⟧ ⟦m 槿园社区居委会版权所有⟧</footer>
</body></html>
""",
        body="""
各位居民：
我社区锦绣里、松风苑两个小区建于上世纪九十年代，楼宇对讲系统普遍老化，多数单元门已无法正常使用。经申报，两个小区列入今年老旧小区改造项目，将免费更换可视对讲门禁。
一、改造时间：2025年5月20日至7月31日，分单元施工。
二、改造内容：更换单元门主机、室内分机和门禁电源，保留原有门卡功能。
三、请各户在5月15日前扫描单元门上的二维码，选择室内分机安装位置；不方便扫码的，可到居委会登记。
联系人：社区网格员　蒋琳；电话：0571-8863 4017。
槿园社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="community-text-landline-fee-notice-oneline",
        site="荇塘社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xingtang.shequ365.cn/news/1188.html",
        title="关于为独居老人家中固定电话减免月租的通知",
        record_title=None,
        date="2024-12-10",
        notes="title missing; one-line body; signature date; community page",
        page="""
!m 荇塘社区网 · 社区公告
{T}
!m 发布：社区工作站　浏览：96次
{BODY}
!a 转发给家人　|　打印通知
!m 荇塘社区工作站　服务电话：0592-5520 118
""",
        oneline=True,
        indent="　　",
        body="""
为保障独居老人紧急情况下的通话需求，社区与通信公司协商，对辖区内登记在册的独居老人家中固定电话实行月租减免。
一、减免对象：年满70周岁、独居且家中装有固定电话的辖区户籍老人。
二、减免标准：每月免收基本月租费，市话通话费按原标准计收。
三、办理方式：老人或家属携带身份证、户口本于12月31日前到社区工作站登记。
荇塘社区工作站
2024年12月10日
""",
    ),
]
