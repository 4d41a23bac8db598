"""holdout176, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text."""

CASES = [
    dict(
        slug="download-organic-fertiliser-plan",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvyezl.com/soft/20240311/9187.html",
        title="有机肥厂粉尘和臭气治理工作方案",
        record_title="有机肥厂粉尘和臭气治理工作方案.doc下载",
        date="2024-03-08",
        notes="old download station: file-info table, mirror links, dead-link report; file-name-like decorated title",
        page="""
<html><head><meta charset="gb2312"><title>有机肥厂粉尘和臭气治理工作方案.doc下载 - 绿野资料站</title></head><body>
<table width="980" align="center"><tr><td>⟦m 绿野资料下载站 www.lvyezl.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<div>⟦m 资料首页 → 行业方案 → 环保方案⟧</div>
<h1>⟦t 有机肥厂粉尘和臭气治理工作方案.doc⟧</h1>
<table class="info"><tr><td>⟦m 资料大小：42KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2024-03-11⟧</td><td>⟦m 下载次数：37⟧</td></tr></table>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="down">⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 备用下载⟧</div>
<div>⟦a 下载出错？请点此报告⟧</div>
<div>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除⟧</div>
<div>⟦m 粤ICP备08110472号⟧</div>
</body></html>
""",
        body="""
为解决厂区粉尘和发酵臭气扰民问题，结合环保督查反馈意见，制定本方案。
一、治理目标。6月底前，厂界颗粒物和臭气浓度稳定达到排放标准，周边群众投诉明显下降。
二、主要措施。（一）发酵车间全部密闭，安装负压收集系统和生物除臭塔；（二）粉碎、筛分工序加装布袋除尘器；（三）原料堆场全部入棚，场内道路每天洒水四次。
三、进度安排。3月完成设计，4至5月施工安装，6月调试验收。
四、责任分工。生产副总负责总体协调，设备部负责安装调试，安环部负责监测和台账。
鸿泰生物有机肥有限公司
2024年3月8日
""",
    ),
    dict(
        slug="download-sheepskin-safety-pledge",
        site="大众资料网 (invented)",
        style="资料下载站",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="https://www.dazhongziliao.com/down/66205.html",
        title="皮毛加工企业安全生产承诺书",
        record_title="皮毛加工企业安全生产承诺书（Word版）",
        date=None,
        notes="template placeholders kept; no date; page markers in a wrapped text",
        page="""
!m 大众资料网 - 免费文档下载
!m 首页 > 安全生产 > 承诺书
{T}（Word版）
!m 资料编号：66205　下载：215次　星级：★★★★
!a 【本地下载】【网盘下载】
{BODY}
!d 声明：资料来源于网络，下载后请自行甄别。
!l 相关资料：企业主要负责人安全承诺书 | 危化品仓库管理制度
""",
        wrap=60,
        pages=dict(fmt="·第{n}页·", every=50, start=2, glue="mix"),
        body="""
为落实企业安全生产主体责任，本企业郑重承诺：
一、严格执行安全生产法律法规，主要负责人对本企业安全生产工作全面负责。
二、鞣制、染色车间的化学品实行专人专柜管理，建立出入库台账，废液交有资质单位处置。
三、羊皮晾晒场和成品库严禁烟火，消防器材定期检查，保证完好有效。
四、每年至少组织两次应急演练，从业人员经培训合格后方可上岗。
承诺企业（盖章）：____________
主要负责人（签字）：____________
____年____月____日
""",
    ),
    dict(
        slug="exam-rsks-weather-station-recruit",
        site="岷阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.myrsks.cn/sydw/2024/0409/2216.html",
        title="岷阳市气象局所属事业单位2024年公开招聘工作人员公告",
        record_title="【事业单位】岷阳市气象局所属事业单位2024年公开招聘工作人员公告",
        date="2024-04-09",
        notes="exam site; the bureau's 咨询电话 next to the site's technical line; a sentence telling candidates to 打印 准考证 kept",
        page="""
<!DOCTYPE html><html><head><title>【事业单位】岷阳市气象局所属事业单位2024年公开招聘工作人员公告</title></head><body>
<div class="top">⟦m 岷阳市人事考试网⟧ ⟦m 岷阳市人事考试中心主办⟧</div>
<nav>⟦m 首页 公务员 事业单位 职称考试 成绩查询 准考证打印⟧</nav>
<div class="pos">⟦m 首页 &gt; 事业单位 &gt; 招聘公告⟧</div>
<h2>⟦t 【事业单位】岷阳市气象局所属事业单位2024年公开招聘工作人员公告⟧</h2>
<div class="info">⟦m 发布日期：2024-04-09　信息来源：市气象局⟧</div>
{BODY}
<div class="att">⟦l 附件下载：招聘岗位表.xls⟧</div>
<footer>⟦m 网站技术支持电话：0816-2390011（工作日）⟧ ⟦m 蜀ICP备12018821号⟧</footer>
</body></html>
""",
        body="""
根据工作需要，岷阳市气象局所属事业单位拟公开招聘工作人员5名。现将有关事项公告如下。
一、招聘岗位
单位　岗位　人数　专业
市气象台　天气预报　2　大气科学
平江县气象站　综合观测　2　大气科学、电子信息工程
市气象服务中心　网络维护　1　计算机科学与技术
二、报名时间：2024年4月15日9:00至4月19日17:00，网上报名。
三、笔试时间另行通知，考生须在考前3天登录本网站打印准考证。
咨询电话：0816-2273106（市气象局人事科）
岷阳市气象局
2024年4月9日
""",
    ),
    dict(
        slug="exam-rsks-cadastral-interview",
        site="泽林人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://rsks.zelin.gov.cn/gg/20231106/515.html",
        title="泽林县不动产地籍调查中心编外人员招聘面试公告",
        record_title="泽林县不动产地籍调查中心编外人员招聘面试公告",
        date="2023-11-06",
        record_date="2023-11-06",
        notes="record title and date; interview list table; chrome between paragraphs",
        page="""
!m 泽林人事考试信息网
!m 当前位置 >> 考试公告
{T}
!m 2023-11-06　来源：县自然资源局　浏览 1327
{BODY}
!a 打印本页　　关闭窗口
!m 泽林县人力资源和社会保障局主办
""",
        body="""
根据招聘公告，经资格复审，现将进入面试人员名单及有关事项公告如下。
姓名　准考证号　笔试成绩
甘雨晴　20231001　78.5
沈立航　20231014　76.0
柏思远　20231007　74.5
⟦l 查看更多招聘信息>>⟧
面试时间：2023年11月12日上午8:30，面试地点：县自然资源局五楼会议室。
面试人员须携带本人身份证原件，未按时到场的视为自动放弃。
""",
    ),
    dict(
        slug="tender-light-trap-procurement",
        site="沅溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="http://ggzy.yuanxi.gov.cn/jyxx/zfcg/cggg/20240318/88201.html",
        title="沅溪县农业农村局太阳能杀虫灯采购项目公开招标公告",
        record_title="沅溪县农业农村局太阳能杀虫灯采购项目公开招标公告_采购公告_沅溪县公共资源交易网",
        date="2024-03-18",
        notes="tender portal; lots table; purchaser and agency contacts next to the CA hotline",
        page="""
<!DOCTYPE html><html><head><title>沅溪县农业农村局太阳能杀虫灯采购项目公开招标公告_采购公告_沅溪县公共资源交易网</title></head><body>
<div class="hd">⟦m 沅溪县公共资源交易网⟧ ⟦a 投标人登录⟧ ⟦a CA办理⟧</div>
<nav>⟦m 首页 交易信息 政策法规 办事指南 下载中心⟧</nav>
<div class="pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 信息时间：2024-03-18　　阅读次数：⟧</div>
{BODY}
<div class="tips">⟦m CA锁办理及技术服务热线：400-0719-365⟧</div>
<footer>⟦m 沅溪县公共资源交易中心　地址：沅溪县政务服务中心三楼⟧</footer>
</body></html>
""",
        body="""
项目编号：YXCG-2024-0312
项目概况：沅溪县农业农村局太阳能杀虫灯采购项目，预算金额138万元。
包号　内容　数量　最高限价
1　太阳能杀虫灯（频振式）　600盏　84万元
2　杀虫灯安装及三年维护　1项　54万元
投标截止时间：2024年4月9日9:30（北京时间）。
采购人：沅溪县农业农村局，联系人：龙先生，电话：0745-6223018。
代理机构：湘中诚信招标代理有限公司，联系人：田女士，电话：0745-6239907。
""",
    ),
    dict(
        slug="tender-poultry-vaccine-result",
        site="平江采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="https://www.pjcaigou.cn/zbgg/2023/1205/4420.html",
        title="2024年度禽类强制免疫疫苗采购项目中标结果公告",
        record_title="【中标公告】2024年度禽类强制免疫疫苗采购项目中标结果公告 - 平江采购网",
        date="2023-12-05",
        notes="decorated title; bid-result table; 公告期限 sentence kept; date under the signature",
        page="""
!m 平江采购网 | 阳光采购 公平交易
!m 首页 › 中标公告
{T}
!m 发布：2023-12-05 17:20　编号：PJ-ZB-1205
!a 收藏　打印　分享
{BODY}
!l 上一条：县人民医院病床采购成交公告
!m 平江采购网客服：0730-2198800
""",
        body="""
一、项目名称：2024年度禽类强制免疫疫苗采购项目
二、中标结果
包号　中标人　中标金额（元）
1　禽流感灭活疫苗　华牧生物制品有限公司　1,286,000
2　新城疫活疫苗　康禾动物保健有限公司　342,500
三、公告期限：自本公告发布之日起1个工作日。
四、采购人：平江县畜牧兽医水产发展中心
平江县政府采购中心
2023年12月5日
""",
    ),
    dict(
        slug="lawfirm-asset-appraisal-lecture",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.hengxinlaw.cn/view/20231029.html",
        title="资产评估报告在诉讼中的审查要点",
        record_title="律所讲堂丨资产评估报告在诉讼中的审查要点",
        date="2023-10-27",
        notes="law-firm site; date under the lecture title; speaker line neutral; consult prompt between paragraphs",
        page="""
<!DOCTYPE html><html><head><title>律所讲堂丨资产评估报告在诉讼中的审查要点 - 衡信律师事务所</title></head><body>
<header>⟦m 衡信律师事务所　HENGXIN LAW FIRM⟧ ⟦w 免费法律咨询：400-883-6160⟧</header>
<nav>⟦m 首页 关于我们 专业领域 律师团队 衡信观点 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 衡信观点 / 律所讲堂⟧</div>
<h1>{T}</h1>
<p>——在衡信律所第十二期业务沙龙上的讲稿</p>
<p>2023年10月27日</p>
<p>合伙人律师　薛明远</p>
{BODY}
<div class="ftr">⟦d 本文仅代表作者观点，不构成法律意见。转载请注明出处。⟧</div>
<div>⟦l 相关文章：建设工程造价鉴定的几个误区⟧</div>
<footer>⟦m 地址：南州市金融街8号国贸大厦21层⟧ ⟦m 苏ICP备17066021号⟧</footer>
</body></html>
""",
        body="""
各位同事：
在涉及股权转让、资产处置的案件中，资产评估报告往往决定着争议金额。今天结合几个案例，谈谈审查评估报告的三个要点。
一是看评估基准日。基准日与交易日相隔过久、期间市场价格变化较大的，要及时提出重新评估或补充说明。
⟦w 如需法律帮助，欢迎点击右侧“在线咨询”⟧
二是看评估方法。收益法、市场法、成本法各有适用条件，评估机构选择方法的理由是否充分，是质证的重点。
三是看评估人员资质。签字评估师应当具有相应资格，且不得与当事人存在利害关系。
""",
    ),
    dict(
        slug="lawfirm-self-built-house-letter",
        site="正衡律师网 (invented)",
        style="律所网站",
        genre="公开信",
        kind="letter",
        form="text",
        source="http://www.zhenghenglawyer.com/news/1208.html",
        title="致农村自建房建房户的一封法律提示信",
        record_title="致农村自建房建房户的一封法律提示信_正衡律师网",
        date="2024-02-26",
        notes="law-firm text page; lawyer's 咨询电话 in the letter next to the firm's hotline",
        page="""
!m 正衡律师网 · 乡村法律服务专栏
!m 首页 > 普法园地
{T}
!m 2024-02-26　作者：正衡律所乡村法律服务团
!w 24小时律师热线：186 3320 1166
{BODY}
!l 分享到：朋友圈 | QQ好友
!d ©正衡律师事务所 版权所有
""",
        body="""
各位乡亲：
开春以后，不少家庭准备新建或翻修住房。为避免纠纷，我们提醒大家注意以下几点：
一、先审批后建房。宅基地和建房要依法申请审批，未经批准擅自建房的，可能被责令拆除。
二、找有资质的工匠。和建房工匠签订书面合同，写清工期、价款、质量和安全责任。
三、施工安全要重视。搭设脚手架、吊装材料要有防护措施，发生事故时建房户也可能承担赔偿责任。
如有疑问，可拨打乡村法律服务团咨询电话0371-6992085。
正衡律师事务所
2024年2月26日
""",
    ),
    dict(
        slug="community-shanty-redevelopment-notice",
        site="东关街道社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dongguanjd.cn/sqgg/2024/0315/211.html",
        title="关于棚户区改造项目入户调查的通知",
        record_title="【社区公告】关于棚户区改造项目入户调查的通知",
        date="2024-03-15",
        notes="residents' site; grid hotline next to the document's own contact; 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><title>【社区公告】关于棚户区改造项目入户调查的通知 - 东关街道</title></head><body>
<div class="logo">⟦m 东关街道　幸福家园⟧</div>
<nav>⟦m 首页 街道动态 社区公告 便民服务 网格之窗⟧</nav>
<div class="pos">⟦m 首页 &gt; 社区公告⟧</div>
<h2>⟦t 【社区公告】关于棚户区改造项目入户调查的通知⟧</h2>
<div class="meta">⟦m 发布：东关街道办　时间：2024-03-15　访问量：692⟧</div>
{BODY}
<aside>⟦m 网格服务热线：0379-12345-6⟧ ⟦l 便民电话一览⟧</aside>
<footer>⟦m 东关街道办事处主办⟧</footer>
</body></html>
""",
        body="""
西坡片区各位居民：
西坡棚户区改造项目已列入今年全市棚改计划。为摸清房屋和人口情况，街道将组织工作组入户调查。
一、调查时间：3月18日至4月5日，每天8:30—18:00。
二、调查内容：房屋产权、面积、用途和家庭人口等。请居民提前准备房产证、户口簿等材料。
三、居民也可扫描片区公示栏二维码，提前填写预登记信息。
咨询联系人：蒋晓峰，电话：0379-6331208。
东关街道办事处
2024年3月15日
""",
    ),
    dict(
        slug="community-most-beautiful-families",
        site="清溪社区网 (invented)",
        style="社区网站",
        genre="通报",
        kind="notice",
        form="text",
        source="https://qingxi-shequ.cn/news/2023/1120/79.html",
        title="清溪社区2023年度“最美家庭”评选结果公示",
        record_title=None,
        date="2023-11-20",
        notes="title missing from the record; list of families kept; chrome glued before a line",
        page="""
!m 清溪社区网 | 邻里有爱
!m 首页 › 社区动态
{T}
!m 来源：清溪社区居委会　发布于 2023-11-20
{BODY}
!a 点赞 28　分享
!m 社区服务电话：0552-3011892
""",
        body="""
经各楼栋推荐、居民代表评议，社区拟评选以下5户家庭为2023年度“最美家庭”，现予以公示：
1. 聂国华家庭（孝老爱亲）
2. 骆静家庭（邻里互助）
3. 詹志远家庭（绿色环保）
4. 戴淑芬家庭（教子有方）
⟦l 往期回顾：2022年度最美家庭风采⟧5. 郝建军家庭（热心公益）
公示期为2023年11月20日至11月26日。如有异议，请向社区居委会反映。
清溪社区居委会
2023年11月20日
""",
    ),
]
