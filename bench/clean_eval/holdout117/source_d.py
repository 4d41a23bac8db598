"""holdout117, part D: download stations, personnel-exam sites, tender platforms, law firms
and residents' sites, on AEDs, nursing rooms, footbridges, slow mail and lost children. Invented."""

CASES = [
    dict(
        slug="download-feixia-lostchild-drill-oldtable",
        site="飞霞资料站 (invented)",
        style="资料下载站",
        genre="预案",
        kind="plan",
        form="html",
        source="http://www.feixiazl.example.com/soft/yuan/2025/18821.html",
        title="商场走失儿童应急处置预案",
        record_title="商场走失儿童应急处置预案.doc下载_飞霞资料站",
        date=None,
        notes="old table layout: file-info table, three mirror links, dead-link report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>商场走失儿童应急处置预案.doc下载_飞霞资料站</title></head>
<body><table width="980" align="center">
<tr><td>⟦m 飞霞资料站 www.feixiazl.example.com⟧</td><td>⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：首页 → 应急预案 → 商业安全⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦m 资料名称：商场走失儿童应急处置预案⟧</td><td>⟦m 资料大小：36KB⟧</td></tr>
<tr><td>⟦m 资料格式：doc⟧</td><td>⟦m 更新时间：2025-03-30 10:12⟧</td></tr>
<tr><td>⟦m 下载次数：1,207⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr></table>
<table width="980" align="center"><tr><td>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</td></tr>
<tr><td>⟦a 下载无效？点此报告死链⟧</td></tr>
<tr><td>⟦d 本站资料来源于网络收集，仅供学习研究，下载后请于24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
1　总则
1.1　为迅速、有序处置商场内儿童走失事件，最大限度保障儿童安全，制定本预案。
1.2　本预案适用于商场营业时间内发生的儿童走失事件。
2　处置流程
2.1　任一员工接到家长求助后，应立即记录儿童姓名、年龄、衣着特征，并用对讲机报告安保中心。
2.2　安保中心接报后启动“寻童”程序，各出入口安保人员对携带儿童离场人员进行核查。
2.3　寻找10分钟仍未找到的，由值班经理协助家长报警，并保存相关监控录像。
3　附则
3.1　本预案每半年组织一次演练，演练情况记入安全台账。
""",
    ),
    dict(
        slug="download-wendou-nursing-room-standard-text",
        site="文斗下载 (invented)",
        style="资料下载站",
        genre="规范",
        kind="other",
        form="text",
        source="https://down.wendou.example.cn/d/66120.html",
        title="公共场所母婴室设置与管理规范（试行）",
        record_title="公共场所母婴室设置与管理规范（试行）.wps",
        date="2024-12-05",
        notes="file-name title (.wps); page markers ⟅n⟆ glued at line starts in a wrapped text; download prompts; a decimal-numbered standard",
        wrap=64,
        pages=dict(fmt="⟅{n}⟆", every=160, start=2, glue=True),
        page="""
!m 文斗下载 › 文档资料 › 标准规范
!m 文件大小：58KB　授权：免费　语言：简体中文　上传：2025-01-17
{T}
{BODY}
!a ↓ 本地高速下载　　↓ 网盘下载
!w 找不到想要的资料？加QQ群 58120733 求资源
!d 文斗下载所有资料均来自网友分享，如有侵权请联系删除。
""",
        body="""
1　范围
本规范规定了公共场所母婴室的设置要求、设施配置和日常管理，适用于本市交通场站、医疗机构、商场、景区等公共场所。
2　设置要求
2.1　日客流量1万人次以上的公共场所应设置独立母婴室，使用面积不小于10平方米。
2.2　母婴室应设在便于到达的楼层，并在入口、电梯等处设置清晰的导向标识。
3　设施配置
母婴室应配备婴儿护理台、哺乳椅、洗手台、垃圾桶、呼叫装置，有条件的可配备温奶器和冰箱。
枳州市卫生健康委员会
2024年12月5日
""",
    ),
    dict(
        slug="exam-jiaoling-emergency-recruit-html",
        site="椒岭县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.jiaoling.example.gov.cn/ksgg/2025/0805/1290.html",
        title="椒岭县急救中心2025年公开招聘院前急救人员公告",
        record_title="【招聘公告】椒岭县急救中心2025年公开招聘院前急救人员公告",
        date="2025-08-05",
        notes="personnel-exam site; position table; exam committee's 咨询电话 beside the site's technical line; 下载打印准考证 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【招聘公告】椒岭县急救中心2025年公开招聘院前急救人员公告</title></head><body>
<div class="hd">⟦m 椒岭县人事考试网⟧ <span>⟦m 公平 公正 公开⟧</span></div>
<nav>⟦m 首页 · 考试公告 · 报名入口 · 成绩查询 · 政策法规⟧</nav>
<div class="loc">⟦m 当前位置：首页 &gt; 考试公告⟧</div>
<h1>{T}</h1>
<p class="inf">⟦m 发布日期：2025-08-05　信息来源：县人社局⟧</p>
{BODY}
<div class="tip">⟦m 网上报名技术咨询：0743-5200816（工作日 8:30-17:30）⟧</div>
<div class="att">⟦l 相关下载：报名登记表.xls⟧</div>
<footer>⟦m 椒岭县人力资源和社会保障局主办⟧ ⟦m 湘ICP备12006533号⟧</footer>
</body></html>
""",
        body="""
根据工作需要，经县人民政府同意，县急救中心面向社会公开招聘院前急救人员。现将有关事项公告如下。
一、招聘岗位
岗位　人数　学历要求
院前急救医生　4　本科及以上，临床医学专业
急救驾驶员　3　高中及以上，持B1以上驾驶证
二、报名时间：2025年8月11日至8月15日，采取网上报名方式。
三、考生须于考前3日登录本网站下载打印准考证，凭准考证和身份证参加考试。
四、政策咨询电话：0743-5213360。
椒岭县人力资源和社会保障局
2025年8月5日
""",
    ),
    dict(
        slug="exam-hengxi-footbridge-inspector-text",
        site="蘅溪区人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hxrsks.example.cn/tzgg/2025/1011/3305.html",
        title="蘅溪区市政设施管理中心公开招聘桥梁巡查员面试通知",
        record_title="蘅溪区市政设施管理中心公开招聘桥梁巡查员面试通知_蘅溪区人事考试信息网",
        date="2025-10-11",
        notes="interview list table (one row a paragraph); 面试通知书 to download and print kept; site chrome top and bottom",
        page="""
!m 蘅溪区人事考试信息网
!m 首页 ＞ 面试通知
{T}
!m 日期：2025-10-11　浏览：2880
!a 【大 中 小】　【打印】
{BODY}
!m 技术支持：华泽信息　备案号：湘ICP备20011523号-3
""",
        body="""
根据笔试成绩，按岗位招聘人数1:3的比例确定面试人员，现将面试有关事项通知如下。
一、面试人员名单
准考证号　姓名　笔试成绩
2025103011　龙子谦　78.5
2025103026　舒雅琴　76.0
2025103004　彭浩然　74.5
二、面试时间：2025年10月18日上午8:30，地点为区人才服务中心五楼。
三、请面试人员自行下载并打印面试通知书，携带身份证原件按时到场。
蘅溪区市政设施管理中心
2025年10月11日
""",
    ),
    dict(
        slug="tender-zhechuan-aed-procurement-html",
        site="柘川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhechuan.example.gov.cn/jyxx/zfcg/cggg/20250520/44017.html",
        title="柘川县公共场所AED设备采购项目公开招标公告",
        record_title="柘川县公共场所AED设备采购项目公开招标公告",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="tender platform; lot table; purchaser and agency contacts beside a CA certificate hotline; record date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柘川县公共场所AED设备采购项目公开招标公告</title></head><body>
<div class="top">⟦m 柘川县公共资源交易中心⟧ ⟦a 会员登录⟧ ⟦a 供应商注册⟧</div>
<nav>⟦m 首页 | 交易信息 | 政策法规 | 办事指南 | 诚信体系⟧</nav>
<div class="path">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 【信息时间：2025-05-20】 【阅读次数：318】⟧</div>
{BODY}
<div class="ca">⟦m CA数字证书办理咨询：400-880-6612⟧</div>
<footer>⟦m 柘川县公共资源交易中心　湘ICP备19006112号⟧</footer>
</body></html>
""",
        body="""
项目概况：柘川县公共场所AED设备采购项目的潜在投标人应在柘川县公共资源交易网获取招标文件，并于2025年6月10日9点30分前递交投标文件。
一、项目基本情况
包号　采购内容　数量　预算（万元）
1　自动体外除颤器　60台　72
2　AED壁挂箱及标识　60套　6
二、获取招标文件：2025年5月21日至5月27日，登录交易平台免费下载。
三、联系方式
采购人：柘川县卫生健康局，联系人：曹文彬，电话：0743-6118027
代理机构：湘中正信项目管理有限公司，联系人：罗佳，电话：0743-6239915
""",
    ),
    dict(
        slug="tender-hengxi-footbridge-bid-result-text",
        site="蘅溪区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.hengxi.example.gov.cn/zbgg/2025/0124/9012.html",
        title="文昌路人行天桥加装电梯工程中标结果公告",
        record_title="【结果公告】文昌路人行天桥加装电梯工程中标结果公告",
        date="2025-01-24",
        notes="bid result table; 公告期限 sentence; 'print this page' and 'close' links",
        page="""
!m 蘅溪区政府采购网　⇒　结果公告
{T}
!m 公告时间：2025年01月24日
{BODY}
!a ［打印本页］［关闭］
!l 同类公告：区第二人民医院门诊楼改造工程中标结果
!m 蘅溪区财政局主办
""",
        body="""
一、项目编号：HXZC-2024-1187
二、项目名称：文昌路人行天桥加装电梯工程
三、中标信息
中标人　中标金额（元）　工期
湘江恒通建设有限公司　3486200.00　120日历天
四、公告期限：自本公告发布之日起1个工作日。
五、对本次公告内容有异议的，可自公告期限届满之日起7个工作日内以书面形式提出质疑。
蘅溪区城市管理局
2025年1月24日
""",
    ),
    dict(
        slug="lawfirm-huaizheng-aed-goodsamaritan-html",
        site="怀正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.huaizheng-law.example.cn/insight/2025/0716.html",
        title="用AED救人，救错了要担责吗？",
        record_title="律所观点丨用AED救人，救错了要担责吗？",
        date="2025-07-16",
        notes="law-firm site: lawyer card, consult WeChat, not-legal-advice notice",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律所观点丨用AED救人，救错了要担责吗？</title></head><body>
<header>⟦m 怀正律师事务所　HUAIZHENG LAW⟧ <nav>⟦m 首页 团队 业务领域 律所观点 联系我们⟧</nav></header>
<h1>{T}</h1>
<div class="auth">⟦m 文｜石可律师　2025-07-16⟧</div>
{BODY}
<div class="card">⟦w 咨询石可律师：微信 shike-lawyer　电话 0731-8899 2160⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见⟧</div>
<footer>⟦m 湘ICP备18011266号　地址：长岭市金融街88号23楼⟧</footer>
</body></html>
""",
        body="""
不少人看到有人倒地，想救又不敢救，担心万一救不回来或者操作失误，会被对方家属追责。
民法典第一百八十四条规定：因自愿实施紧急救助行为造成受助人损害的，救助人不承担民事责任。这就是常说的“好人法”。
此外，不少地方的院前急救条例也明确，鼓励经过培训取得合格证书的人员在紧急情况下实施现场救护。
因此，只要出于救助目的、按照设备提示操作，即使最终没能救回，施救者也不需要承担法律责任。
""",
    ),
    dict(
        slug="lawfirm-mingzhi-lostchild-liability-text",
        site="明治律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.mingzhilaw.example.com/news/301.html",
        title="孩子在商场走失受伤，商场要不要赔？",
        record_title="孩子在商场走失受伤，商场要不要赔？-明治律师事务所",
        date="2025-03-09",
        notes="law-firm text page; a phone line glued after the last paragraph; tags; case-study box",
        page="""
!m 明治律师事务所 ｜ 以专业守护信任
!m 律师文集　>　侵权责任
{T}
!m 作者：汪明远　发布于 2025-03-09
{BODY}
!l 标签：安全保障义务　未成年人　商场
!d 免责声明：文章内容仅供参考，具体问题请咨询执业律师。
""",
        body="""
商场、超市等经营场所的经营者负有安全保障义务。孩子在商场走失后受伤，商场是否赔偿，关键看商场是否尽到了合理限度内的安全保障义务。
如果商场的扶梯、护栏存在安全隐患，或者工作人员接到求助后置之不理，导致损害扩大，商场应当承担相应责任。
但家长是孩子的第一监护人，没有尽到看护义务的，也要自行承担一部分责任。
遇到此类纠纷，建议第一时间保存监控录像、就医记录等证据。⟦w 免费咨询热线 400-606-1828⟧
""",
    ),
    dict(
        slug="community-tangyuan-aed-map-html",
        site="棠园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tangyuansq.example.cn/gg/2025/0610/72.html",
        title="关于公布辖区AED设备位置的通知",
        record_title="【社区公告】关于公布辖区AED设备位置的通知",
        date="2025-06-10",
        notes="residents' site: location table; grid worker's phone beside the community service line; 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区公告】关于公布辖区AED设备位置的通知</title></head><body>
<div class="hd">⟦m 棠园社区服务网⟧ <span>⟦m 有事找社区 服务零距离⟧</span></div>
<nav>⟦m 社区概况｜社区公告｜网格服务｜居民议事⟧</nav>
<h2>{T}</h2>
<p>⟦m 发布人：社区居委会　2025-06-10⟧</p>
{BODY}
<p>⟦m 社区便民服务电话：0743-6155010（工作日）⟧</p>
<div class="nx">⟦l 上一则：夏季防溺水安全提示⟧</div>
<footer>⟦m ©棠园社区居委会⟧</footer>
</body></html>
""",
        body="""
各位居民朋友：
为方便大家在紧急情况下尽快取用AED，现将辖区已配置的AED位置公布如下：
位置　数量　开放时间
社区党群服务中心一楼大厅　1台　全天
棠园小区3栋物业服务中心　1台　全天
棠园农贸市场管理办公室　1台　6:00—20:00
居民也可扫描各楼栋单元门口张贴的二维码，查看最近的AED位置。
如发现设备损坏或丢失，请联系网格员郭小溪，电话：138 0743 2291。
棠园社区居民委员会
2025年6月10日
""",
    ),
    dict(
        slug="community-liushu-nursing-room-volunteer-text",
        site="柳树巷社区 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://liushuxiang.example.org/news/0398.html",
        title="柳树巷社区“共享母婴室”半年工作小结",
        record_title="柳树巷社区“共享母婴室”半年工作小结",
        date="2025-07-05",
        notes="residents' site; volunteer button glued after a sentence; table of service counts; WeChat icon row",
        page="""
!m 柳树巷社区 · 邻里网
!m 首页 / 社区动态
{T}
!m 2025-07-05　｜　社区妇联
{BODY}
!l 微信　QQ　复制链接
!m 柳树巷社区居委会　地址：柳树巷36号
""",
        body="""
今年1月，社区联合辖区3家商户推出“共享母婴室”，商户拿出店内闲置空间，社区统一配置设施、挂牌上墙。半年来运行平稳，现小结如下。⟦a 我要当志愿者 >>⟧
服务点　服务人次
福满楼餐厅　214
悦读书店　167
便民药房　95
下一步，社区将再发展2家共享点，并请志愿者每周巡查一次卫生情况。
柳树巷社区妇联
2025年7月5日
""",
    ),
]
