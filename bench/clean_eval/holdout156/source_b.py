"""holdout156, part B: sea ice (海冰) and sea fog (海雾). Invented text."""

CASES = [
    dict(
        slug="dangjian-lingang-seaice-speech",
        site="蓠山港务党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.lishanport.com/llxx/202412/t20241226_3321.html",
        title="在港区海冰灾害防御党员突击队授旗仪式上的讲话",
        date="2024-12-24",
        notes="speech title with date under it; speaker line neutral; Party site chrome",
        page="""
<html><head><meta charset="utf-8"><title>在港区海冰灾害防御党员突击队授旗仪式上的讲话--蓠山港务党建网</title></head><body>
<div class="dj-head">⟦m 蓠山港务党建网⟧<span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="dj-nav">⟦m 首页　党建要闻　理论学习　支部风采　廉政建设⟧</div>
<div class="dj-pos">⟦m 您的位置 &gt;&gt; 理论学习 &gt;&gt; 领导讲话⟧</div>
<h2>{T}</h2>
<p class="sub">（2024年12月24日）</p>
<p class="sub">港务集团党委书记　郑海涛</p>
{BODY}
<div class="dj-tool">⟦a 【收藏】【打印】【关闭】⟧</div>
<div class="dj-foot">⟦m 中共蓠山港务集团委员会主办　党委组织部维护⟧<br>⟦m 辽ICP备08007751号⟧</div>
</body></html>
""",
        body="""
同志们：
每年冬季，渤海湾北部海域都会出现不同程度的海冰，严重时航道封冻、船舶受困，给港口生产带来很大威胁。
今天我们成立海冰灾害防御党员突击队，就是要让党旗在防冰一线高高飘扬。
希望突击队全体队员做到三点：一是招之即来，接到指令半小时内集结到位；二是来之能战，熟练掌握破冰、拖带、除冰等作业要领；三是战之必胜，确保港区生产安全有序。
让我们以实际行动，守护港区平安过冬！
""",
    ),
    dict(
        slug="hospital-haibin-seaice-notice",
        site="蓠山市海滨医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.haibinhospital.cn/news/gonggao/2025-01-06-1187.html",
        title="关于冬季海冰期间做好渔民冻伤救治工作的通知",
        date="2025-01-06",
        notes="hospital site; department phone in the document kept; the hospital's switchboard line in the footer chrome",
        page="""
!m 蓠山市海滨医院　三级乙等综合医院
!m 首页 > 新闻中心 > 院内公告
{T}
!m 发布日期：2025-01-06　发布科室：医务部
!a 字号：T | T | T
{BODY}
!l 上一条：关于元旦期间门诊安排的通知
!l 下一条：我院开展冬季急救技能培训
!m 医院总机：0427-3356000　急诊：0427-3356120
!m Copyright © 蓠山市海滨医院　辽ICP备13006254号
""",
        body="""
各临床科室：
进入海冰期以来，近海作业渔民冻伤、落水低温症病例明显增多。为做好救治工作，现通知如下：
一、急诊科设立冻伤救治绿色通道，接诊后立即复温处理，严禁用雪搓或火烤患处。
二、烧伤整形科、重症医学科安排专人备班，随时参与会诊。
三、各科发现重度冻伤或低温症病例，及时报告医务部。
联系人：医务部 潘小雪　电话：0427-3356208
海滨医院医务部
2025年1月6日
""",
    ),
    dict(
        slug="university-haiyang-seaice-news-html",
        site="东溟海洋大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.dmou.edu.cn/info/1003/28841.htm",
        title="我校师生完成辽东湾海冰现场观测",
        date="2025-02-17",
        notes="university news page; photographer/editor lines; campus sidebar",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>我校师生完成辽东湾海冰现场观测-东溟海洋大学新闻网</title></head><body>
<div class="header"><img alt="校徽">⟦m 东溟海洋大学新闻网⟧</div>
<div class="nav">⟦m 学校首页 | 东溟要闻 | 院部动态 | 媒体东溟 | 校园人物⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="arti_metas">⟦m 发布时间：2025-02-17　作者：海洋环境学院　摄影：韩冬　浏览：1026⟧</div>
{BODY}
<p class="bianji">⟦m （审核：刘锋　编辑：苏倩）⟧</p>
</div>
<div class="side"><h4>⟦l 东溟要闻⟧</h4><ul><li>⟦l 学校召开2025年工作会议⟧</li><li>⟦l 新学期开学工作检查⟧</li></ul></div>
<div class="footer">⟦m 地址：蓠山市海大路1号　邮编：116029　党委宣传部主办⟧</div>
</body></html>
""",
        body="""
2月10日至15日，海洋环境学院海冰观测团队在辽东湾北部海域开展现场观测，获取冰厚、冰温、盐度等数据1.2万余组。
观测期间，最低气温零下19摄氏度，队员们每天踏冰作业六小时以上。
团队负责人介绍，本次观测数据将用于海冰数值预报模型的检验，为港口和海上油气平台防冰提供支撑。
""",
    ),
    dict(
        slug="localforum-shanhaiguan-seaice-post",
        site="蓠山在线论坛 (invented)",
        style="地方论坛",
        genre="新闻",
        kind="news",
        form="text",
        source="http://bbs.lishan0427.com/forum.php?mod=viewthread&tid=90334",
        title="今冬海冰来得早，赶海的朋友注意安全",
        date="2025-01-03",
        notes="local forum; post time is the date; signature and reply box chrome; junk glued",
        page="""
!m 蓠山在线 » 蓠山杂谈 » 今冬海冰来得早，赶海的朋友注意安全
{T}
!m 发表于 2025-01-03 19:22 | 只看该作者 | 倒序浏览
{BODY}
!m —— 签名：生在海边，长在海边 ——
!l 评分 | 收藏 | 分享 | 淘帖
!a 快速回复：请先登录后再发表回复
""",
        junk=dict(lines=1, glued=1),
        body="""
今天去北湾看了一下，岸边的冰已经冻出去一百多米了，比去年早了半个多月。
听海洋站的朋友说，近岸冰看着厚，底下其实有很多空洞，潮水一涨一落就会断开。
每年都有人踩冰去捡海蛎子被困，大家千万别往冰上走，更别带孩子去。
""",
    ),
    dict(
        slug="download-ziliaoku-seaice-plan",
        site="海洋资料库下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.hyzlk.com/soft/yingji/2291.html",
        title="蔚口县海冰灾害应急预案",
        record_title="蔚口县海冰灾害应急预案（可编辑word版）",
        date="2024-11-20",
        notes="old table layout of a download station; file-info table and mirror links; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蔚口县海冰灾害应急预案（可编辑word版）_海洋资料库</title></head>
<body><table width="960" align="center"><tr><td class="logo">⟦m 海洋资料库 HYZLK.COM⟧</td><td>⟦m 资料分类：应急预案 | 海洋环境 | 防灾减灾⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td>⟦t 蔚口县海冰灾害应急预案（可编辑word版）⟧</td></tr>
<tr><td>⟦m 资料大小：58KB　资料格式：DOC　更新时间：2025-03-02　下载次数：214⟧</td></tr>
<tr><td>⟦a 下载地址：电信下载　联通下载　备用下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="intro">⟦m 资料简介：⟧
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
1　总则
1.1　编制目的：有效防范和应对海冰灾害，最大程度减少人员伤亡和财产损失。
1.2　适用范围：本预案适用于本县管辖海域内海冰灾害的预防和应急处置。
2　应急响应
2.1　海冰蓝色警报发布后，县海洋渔业局组织渔船回港避冰，暂停近岸养殖作业。
2.2　海冰橙色以上警报发布后，县政府启动应急响应，组织港口、渔港开展破冰和船舶救援。
蔚口县人民政府
2024年11月20日
""",
    ),
    dict(
        slug="rsks-haiyang-seaice-exam-notice",
        site="蓠山市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lsrsks.cn/ksdt/20250108/1322.html",
        title="关于受海冰天气影响调整海岛考点考生考试安排的通知",
        date="2025-01-08",
        notes="exam site chrome; contact lines of the document kept; site consult hotline chrome",
        page="""
!m 蓠山市人事考试网　　考试动态
!m 当前位置：网站首页 > 考试动态 > 通知公告
{T}
!m 信息来源：市人事考试中心　日期：2025-01-08　访问次数：4410
{BODY}
!a 【关闭本页】　【返回顶部】
!m 考务咨询（工作日）：0427-2631100　技术支持：网站运维组
!m 主办单位：蓠山市人力资源和社会保障局
""",
        body="""
各位考生：
受持续低温影响，长岛海域海冰严重，客运航线已于1月7日停航。为保障考生权益，现将长岛考点考生考试安排调整如下：
一、原在长岛考点参加1月12日考试的考生，统一调整至市区第三考点（蓠山二中）参加考试。
二、考生可于1月9日至11日登录本网站重新打印准考证。
三、因航线停航无法出岛的考生，请于1月10日前联系考试中心登记。
联系电话：0427-2631105　联系人：孟老师
蓠山市人事考试中心
2025年1月8日
""",
    ),
    dict(
        slug="tender-gangwu-seafog-bid-notice",
        site="蔚口港务集团招标采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zb.weikouport.com/cgxx/zbgg/2025/0407/ZB20250418.html",
        title="蔚口港海雾能见度监测系统采购项目招标公告",
        date="2025-04-07",
        notes="tender platform; data table of bid sections one row a paragraph; platform hotline chrome",
        page="""
<html><head><meta charset="utf-8"><title>蔚口港海雾能见度监测系统采购项目招标公告</title></head><body>
<div class="top">⟦m 蔚口港务集团招标采购平台⟧　⟦a 供应商登录⟧　⟦a 供应商注册⟧</div>
<div class="path">⟦m 首页 → 采购信息 → 招标公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="time">⟦m 发布时间：2025-04-07 09:00:00　项目编号：ZB20250418⟧</p>
{BODY}
</div>
<div class="tip">⟦m 平台客服：400-655-0218（工作日8:30-17:00）⟧</div>
<div class="bot">⟦m 蔚口港务集团有限公司版权所有⟧</div>
</body></html>
""",
        body="""
一、项目概况
蔚口港拟采购海雾能见度监测系统一套，用于航道和锚地能见度实时监测，资金已落实。
二、标段划分
标段　内容　最高限价（万元）
一标段　能见度仪及安装　186
二标段　数据平台及接口开发　94
三、投标人资格要求
投标人须具有独立法人资格，近三年内有同类项目业绩。
四、获取招标文件
请于2025年4月8日至4月14日登录本平台下载招标文件。
联系人：周工　电话：0535-6128830
""",
    ),
    dict(
        slug="lawfirm-haiyan-seafog-collision-article",
        site="海晏律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="text",
        source="https://www.haiyanlaw.cn/case/2025/hw-041.html",
        title="海雾天气下船舶碰撞的责任如何认定",
        record_title="海雾天气下船舶碰撞的责任如何认定 - 海晏律师事务所",
        date=None,
        notes="law firm article, no date; consultation box and disclaimer",
        page="""
!m 海晏律师事务所　专注海事海商
!m 首页 / 律所观点 / 海事海商
{T}
!m 作者：海晏律师事务所 海商部
{BODY}
!w 遇到海事纠纷？点击免费咨询，或拨打律所热线 0535-6699188
!d 本文仅为一般性法律信息分享，不构成对具体个案的法律意见。
!l 相关文章：渔船碰撞事故的保险理赔要点
""",
        body="""
海雾是沿海船舶碰撞事故的主要诱因之一。能见度不良时，船舶是否尽到谨慎驾驶义务，往往成为责任认定的焦点。
根据避碰规则，能见度不良时船舶应以安全航速行驶，备车操纵，并按规定鸣放雾号。
实践中，法院通常结合航行数据记录仪、雷达录像和船员陈述，综合判断双方过失比例。
因此，船舶在海雾天气航行时，应完整保存航行记录，一旦发生碰撞，及时固定证据。
""",
    ),
    dict(
        slug="community-haiwan-seafog-notice-html",
        site="海湾社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.haiwansq.org/gonggao/20250325.html",
        title="关于近期海雾天气出行安全的温馨提示",
        record_title=None,
        date="2025-03-25",
        notes="no record title; community site; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>海湾社区服务网</title></head><body>
<div class="hd">⟦m 海湾社区服务网　邻里一家亲⟧</div>
<div class="menu">⟦m 社区首页　通知公告　便民服务　志愿者之家⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布人：社区网格员　阅读：265⟧</div>
{BODY}
<div class="qr">⟦a 扫一扫，加入社区服务群⟧</div>
<div class="ft">⟦m 海湾社区居委会　电话：0535-6120017⟧</div>
</body></html>
""",
        body="""
各位居民：
近期我市沿海早晚多海雾，滨海路能见度有时不足50米。请大家注意：
驾车出行开启雾灯，减速慢行，保持车距；
老人和孩子尽量避开早晚时段在海边散步；
不要在雾天下海游泳或赶海。
海湾社区居委会
2025年3月25日
""",
    ),
    dict(
        slug="association-chuanbo-seafog-summary",
        site="蔚口市船舶代理行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wkcbdl.org.cn/xhdt/2024/12/1877.html",
        title="蔚口市船舶代理行业协会2024年度工作总结",
        record_title="蔚口市船舶代理行业协会2024年度工作总结",
        record_date="2024-12-30",
        date="2024-12-30",
        notes="record date; association site; numbered list; glued share prompt",
        page="""
!m 蔚口市船舶代理行业协会
!m 协会首页 · 协会动态 · 会员单位 · 政策法规 · 联系我们
{T}
!m 2024-12-30　秘书处
{BODY}
!l 分享到：朋友圈 ｜ 微博
!m 协会地址：蔚口市港城大道88号港航大厦11层　邮箱：xh@wkcbdl.org.cn
""",
        body="""
2024年，协会围绕服务会员、规范行业、协调关系三项职能开展工作，现总结如下。
1.组织会员单位开展海雾季节船舶进出港安全协调会3次，协调引航、拖轮资源，减少船舶滞港时间。
2.编印《雾季船舶代理操作指引》，发放会员单位52家。⟦a 【点击查看指引全文】⟧
3.开展行业诚信评价，评出诚信示范单位8家。
2025年，协会将继续加强与海事、港口部门的沟通，提升会员服务水平。
""",
    ),
    dict(
        slug="company-lanxun-seafog-news-html",
        site="澜讯气象科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanxunmet.com/news/company/326.html",
        title="公司海雾短临预报系统在蔚口港上线运行",
        date="2025-05-09",
        notes="company site; page 发布时间 is the date; product sidebar and hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司海雾短临预报系统在蔚口港上线运行_澜讯气象</title></head><body>
<header>⟦m 澜讯气象 LANXUN METEO⟧<nav>⟦m 首页 | 关于我们 | 产品中心 | 新闻资讯 | 联系我们⟧</nav></header>
<div class="banner">⟦m 让天气数据更懂行业⟧</div>
<section class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 发布时间：2025-05-09　阅读量：488⟧</p>
{BODY}
<p class="back">⟦a 返回列表⟧</p>
</section>
<aside>⟦l 产品推荐：港口气象服务平台 / 海上风电气象保障系统⟧</aside>
<footer>⟦m 全国服务热线：400-880-3162⟧　⟦m © 2025 澜讯气象科技有限公司⟧</footer>
</body></html>
""",
        body="""
近日，由公司自主研发的海雾短临预报系统在蔚口港正式上线运行。
该系统融合卫星、雷达和岸基能见度观测数据，可提前6小时预报港区能见度变化，预报准确率较原有方式提高约20%。
港口调度人员表示，有了这套系统，雾季船舶靠离泊计划可以提前安排，减少了等待时间。
""",
    ),
    dict(
        slug="training-hanghai-seafog-course-plan",
        site="远帆航海培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yuanfanhh.com/kecheng/wuhang.html",
        title="远帆航海培训中心雾中航行专项训练方案",
        date="2025-02-20",
        notes="training school; enrolment hotline and WeChat contact chrome; date under the signature",
        page="""
!m 远帆航海培训中心｜海事局认可培训机构
!w 报名咨询：刘老师 138-0535-7720（微信同号）
{T}
{BODY}
!a 立即报名　｜　在线预约试听
!w 招生QQ群：30615428
!m 地址：蔚口市滨海新区学院路9号
""",
        indent="  ",
        body="""
一、训练目的
通过模拟器和实船训练，使学员掌握雾中航行的瞭望、雷达使用、雾号鸣放和避让操作。
二、训练安排
第一阶段为理论学习，8学时；第二阶段为模拟器训练，16学时；第三阶段为实船跟班，3天。
三、考核方式
训练结束后进行模拟器实操考核，合格者颁发结业证明。
远帆航海培训中心
2025年2月20日
""",
    ),
]
