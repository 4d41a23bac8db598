"""holdout64, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moshu-secrecy-month-plan",
        site="墨枢范文馆 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.moshu365.cn/fangan/baomi/2025/0412/88317.html",
        title="榧城县保密局2025年保密宣传月活动方案",
        record_title="【精选】榧城县保密局2025年保密宣传月活动方案（通用3篇）",
        date="2025-04-08",
        notes="decorated record title; 成文日期 under the signature; writing prompt glued after a sentence; a member box between paragraphs",
        page="""
!m 墨枢范文馆｜公文写作一站通
!m 所在栏目：范文首页 ＞ 活动方案 ＞ 机关方案
!t 【精选】榧城县保密局2025年保密宣传月活动方案（通用3篇）
!m 录入：青檀　　更新：25-04-12　　人气：1906
!a 『全文复制』『存为Word』『推送到手机』
{T}
{BODY}
!a 本篇剩余约620字，开通墨枢会员即可完整查看并导出
!l ▼ 同栏目推荐
!l ◇ 机关保密自查自评报告（可直接套用）
!l ◇ 保密工作领导小组会议讲话稿
!l ◇ 2025年度保密教育培训计划
!d 声明：本馆范文均由会员投稿整理，仅作写作参考，引用请注明出处。
!m moshu365.cn 版权所有 © 2019-2025　湘ICP备19072214号
""",
        indent="\u3000\u3000",
        body="""
为深入学习宣传保密法律法规，增强全县机关干部保密意识，根据市国家保密局工作安排，结合我县实际，制定本方案。
一、活动时间
2025年4月15日至5月15日。
二、活动内容
（一）开展保密法规进机关活动。各单位组织干部职工集中学习新修订的保守国家秘密法，每人撰写一篇学习体会。⟦w 找人写体会？墨枢写作组接单，V：moshu_xz88⟧
（二）举办保密知识竞赛。县保密局统一命题，采取线上答题和现场决赛相结合的方式进行，决赛定于5月9日在县委党校举行。
⟦a ☆ 收藏本页，方便下次查阅 ☆⟧
（三）组织警示教育。各单位观看泄密案例警示片不少于一次，结合案例查摆本单位涉密载体管理、计算机使用等方面的漏洞。
三、工作要求
各单位要明确一名保密员负责活动组织，于5月20日前将活动总结报送县保密局综合股。
联系人：宋一帆，联系电话：0736-5521903。
榧城县保密局
2025年4月8日
""",
    ),
    dict(
        slug="fanwen-yunjian-lottery-training-speech-html",
        site="云笺公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yunjian-gw.com/Article/jianghua/20240619/4471.asp",
        title="在全市体育彩票销售员业务培训班开班仪式上的讲话",
        record_title=None,
        date="2024-06-17",
        notes="old gb2312 table layout; no record title; date under the title in Chinese numerals; marquee and visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全市体育彩票销售员业务培训班开班仪式上的讲话-云笺公文网</title>
<script>var hits=0;document.write('');</script>
</head><body bgcolor="#F4F1E8">
<table width="960" align="center" border="0"><tr><td>
<div class="logo">⟦m 云笺公文网　公文写作好帮手⟧</div>
<marquee>⟦m 热烈欢迎各位文友光临本站，投稿请发至站长信箱！⟧</marquee>
</td></tr>
<tr><td class="nav">⟦m 本站首页 | 讲话致辞 | 工作总结 | 心得体会 | 规章制度 | 会员中心⟧</td></tr>
<tr><td>
<table width="100%"><tr>
<td width="720" valign="top">
<div class="path">⟦m 您的位置：云笺公文网 → 讲话致辞 → 培训讲话 → 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：佚名　文章来源：会员投稿　点击数：⟧</div>
<div class="info">⟦m 【字体：放大 缩小】【双击自动滚屏】⟧</div>
<p align="center">（二〇二四年六月十七日）</p>
<p align="center">市体育彩票管理中心主任　喻德川</p>
{BODY}
<div class="tool">⟦a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</div>
<div class="prev">⟦l 上一篇文章：在全市福利院护理员技能比武上的致辞⟧</div>
<div class="prev">⟦l 下一篇文章：在彩票市场安全运营工作会上的讲话⟧</div>
</td>
<td width="230" valign="top">
<div class="box"><b>⟦l 本类热门⟧</b>
<div>⟦l ·培训班结业典礼讲话（共6篇）⟧</div>
<div>⟦l ·岗前培训动员讲话稿⟧</div>
<div>⟦l ·销售网点负责人座谈会发言⟧</div></div>
<div class="box">⟦w 材料定制请拨：139 0736 2286（同微信）⟧</div>
</td></tr></table>
</td></tr>
<tr><td class="foot">⟦m 云笺公文网 yunjian-gw.com　您是第 386522 位访客⟧<br>⟦d 本站内容均来源于网络，若侵犯了您的权益，请与我们联系删除⟧</td></tr>
</table></body></html>
""",
        body="""
各位学员，同志们：
今天，全市体育彩票销售员业务培训班正式开班了。这次培训共有来自全市9个县区的146名销售员参加，是今年规模最大的一次。首先，我代表市体育彩票管理中心，对大家的到来表示欢迎。
体育彩票是国家公益彩票，每一张彩票都连着公益事业。去年全市体彩销量达到11.3亿元，筹集公益金2.8亿元，这些资金用在了全民健身场地、青少年体育和社会福利等方面。成绩的取得，离不开在座各位在一线的辛勤付出。
借此机会，我讲三点希望。第一，要守住合规底线。严禁向未成年人销售彩票，严禁代购、赊销，严禁以任何形式诱导购彩，这三条是红线，谁碰了都要严肃处理。第二，要提升服务水平。熟悉各类玩法规则，耐心解答购彩者的疑问，倡导理性购彩、量力而行。第三，要珍惜学习机会。这三天的课程安排得很紧凑，希望大家认真听讲、积极交流，把学到的东西带回网点去。
最后，预祝本次培训班圆满成功！谢谢大家。
""",
    ),
    dict(
        slug="wenku-jianhe-sluice-flood-summary-markers",
        site="简禾文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.jianhe.cc/view/9e21a07c5d4b.html",
        title="椴溪水闸管理所2024年汛期调度运行工作总结",
        record_title="椴溪水闸管理所2024年汛期调度运行工作总结.docx",
        date="2024-10-16",
        notes="file-name record title; page markers ⁅n⁆ glued or not cut sentences; upload notice and preview end",
        page="""
!m 简禾文库 — 海量文档 即搜即看
!m 文库首页 / 行业资料 / 水利水电
!t 椴溪水闸管理所2024年汛期调度运行工作总结.docx
!m 上传者：湖畔老周　|　页数：4页　|　下载券：3　|　评分 4.6
!a 立即下载　　加入文件夹　　举报
{BODY}
!a — 预览已到末页，完整文档请使用下载券获取 —
!d 本文档由用户自行上传，简禾文库仅提供存储空间，如涉及侵权请点击申诉。
!l 与本文相似的文档：
!l 水库管理所度汛工作汇报.doc
!l 闸站运行管理制度汇编.pdf
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⁅{n}⁆", every=120, start=2, glue="mix"),
        body="""
2024年汛期，我所在县水利局的正确领导下，坚持“安全第一、常备不懈、以防为主、全力抢险”的方针，科学调度、精心运行，确保了椴溪闸安全度汛。现将有关情况总结如下。
一、汛期基本情况
今年入汛较常年偏早8天，6月中下旬流域内出现4次强降雨过程，椴溪水位最高达到31.86米，超警戒水位0.64米。我所共启闭闸门37次，累计泄洪1.92亿立方米，未发生任何安全事故。
二、主要工作措施
（一）汛前全面检查。4月份组织对闸门、启闭机、备用电源进行了全面检修，更换钢丝绳2根，完成闸门止水橡皮更换46米。
（二）严格执行调度指令。所有启闭操作均凭县防汛抗旱指挥部调度令执行，做到指令、操作、记录三对应。
（三）落实24小时值班。汛期实行所领导带班、职工轮班制度，共编排值班表4期，雨情、水情每两小时上报一次。
三、存在问题和下步打算
一是闸室观测设施老化，部分测压管失效；二是下游河道淤积，影响泄流能力。下一步，我们将积极争取除险加固项目，力争明年汛前完成观测设施更新。
椴溪水闸管理所
2024年10月16日
""",
    ),
    dict(
        slug="wenku-qingyu-welfare-volunteer-rules-html",
        site="青芋文档 (invented)",
        style="文库预览",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.qingyudoc.com/p-60718823.html",
        title="楮原县儿童福利院志愿服务管理制度",
        record_title="楮原县儿童福利院志愿服务管理制度（2025版）_青芋文档",
        date=None,
        notes="decorated record title; year only in the title; rules that speak of 扫码 and 打印 kept; HTML page markers; upload stamp is no date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>楮原县儿童福利院志愿服务管理制度（2025版）_青芋文档</title>
<link rel="stylesheet" href="/static/reader.css">
<script src="/static/reader.min.js"></script>
</head><body>
<header class="top"><a class="brand" href="/">⟦m 青芋文档⟧</a>
<nav>⟦m 首页 · 分类 · 排行榜 · 上传赚钱⟧</nav>
<span class="login">⟦a 登录 / 注册⟧</span></header>
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 贡献者：lanshan_07　上传于 2025-03-02 21:14　共3页　浏览 742 次⟧</div>
<div class="doc-ops">⟦a ↓ 下载本文档（5积分）⟧ ⟦a ♡ 收藏⟧</div>
</div>
<div class="reader">
{BODY}
<div class="reader-end">⟦a 试看结束，剩余1页需登录后继续阅读⟧</div>
</div>
<aside class="side"><h3>⟦l 相关推荐⟧</h3><ul>
<li>⟦l 福利院护理员岗位职责.docx⟧</li>
<li>⟦l 志愿者服务协议书范本.doc⟧</li>
<li>⟦l 社会福利机构安全管理规定.pdf⟧</li></ul></aside>
<footer><p>⟦d 青芋文档所有资料均为用户上传，平台不对内容真实性负责。⟧</p><p>⟦m ©2025 qingyudoc.com　浙ICP备20118847号⟧</p></footer>
</body></html>
""",
        pages=dict(fmt="── {n} ──", every=120, start=2),
        body="""
第一条　为规范志愿服务活动，保障院内儿童合法权益，根据《志愿服务条例》和有关规定，结合本院实际，制定本制度。
第二条　凡年满18周岁、身体健康、无违法犯罪记录的个人，均可申请成为本院志愿者。申请人须提交身份证复印件和近三个月内的健康证明。
第三条　志愿者入院服务前，应通过“楮原志愿”小程序扫码签到，服务结束后扫码签退，服务时长以系统记录为准。
第四条　志愿者不得擅自拍摄、录制院内儿童影像，不得在网络上发布可识别儿童身份的信息。因工作需要拍照的，须经院办公室批准。
第五条　院办公室每季度打印志愿服务时长统计表，经分管院领导签字后张贴公示，并作为年度优秀志愿者评选的依据。
第六条　志愿者违反本制度的，视情节给予提醒、暂停服务直至取消志愿者资格的处理。
第七条　本制度由院办公室负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="gov-zhiyang-radio-control-notice-html",
        site="枳阳县人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.zhiyang.gov.cn/xxgk/tzgg/202505/t20250527_118204.html",
        title="关于2025年高考期间实施无线电管控的通告",
        record_title="关于2025年高考期间实施无线电管控的通告_通知公告_枳阳县人民政府",
        date="2025-05-27",
        notes="modern county portal with 索引号 table; byline 发布日期 is the date; the notice's own 举报电话 kept beside the portal's hotline; 附件 list",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>关于2025年高考期间实施无线电管控的通告_通知公告_枳阳县人民政府</title>
<script>window._cfg={siteId:"zy01"};</script><style>.tb td{border:1px solid #ddd}</style>
</head><body>
<div class="topbar">⟦m 今天是：<span id="today"></span>　欢迎访问枳阳县人民政府门户网站⟧ ⟦a 无障碍浏览⟧ ⟦a 长者模式⟧</div>
<div class="banner">⟦m 枳阳县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前所在：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="tb">
<tr><td>⟦m 索 引 号：zy-00214-2025-00063⟧</td><td>⟦m 发布机构：县工业和信息化局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-05-27⟧</td><td>⟦m 主题分类：公安、安全生产⟧</td></tr>
</table>
<h2 class="art-title">{T}</h2>
<div class="art-sub">⟦m 来源：县工信局　　浏览次数：⟧ ⟦a 【大 中 小】⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-tool">⟦a 打印本页⟧ ⟦a 关闭⟧ ⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4>
<p>⟦l ◦ 关于开展无线电频率使用情况专项检查的通知⟧</p>
<p>⟦l ◦ 县工信局2025年政务公开工作要点⟧</p></div>
<div class="footer">
<p>⟦m 主办：枳阳县人民政府办公室　承办：县大数据中心⟧</p>
<p>⟦m 政务服务热线：12345　网站标识码：4309210007　湘公网安备 43092102000311号⟧</p>
</div>
</body></html>
""",
        body="""
为保障2025年普通高等学校招生全国统一考试顺利进行，严厉打击利用无线电设备实施考试作弊行为，依据《中华人民共和国无线电管理条例》等规定，现将有关事项通告如下：
一、管控时间：2025年6月7日至6月9日每日7:00至19:00。
二、管控区域：县第一中学、县第二中学、枳阳职业中专三个考点及其周边500米范围。
三、管控期间，管控区域内禁止擅自设置、使用无线电发射设备；县无线电监测站将对考点周边电磁环境进行不间断监测。
四、对非法设置、使用无线电设备干扰考试秩序的，由相关部门依法查处；构成犯罪的，依法追究刑事责任。
欢迎广大群众积极举报，举报电话：0745-7612208（县无线电监测站）。
附件：1.考点周边管控区域示意图
2.无线电设备使用备案表
枳阳县工业和信息化局
2025年5月26日
""",
        date_also=["2025-05-26"],
    ),
    dict(
        slug="gov-tanchuan-tractor-inspection-notice",
        site="檀川县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.tanchuan.gov.cn/zwgk/tzgg/2025/03/0311-2.shtml",
        title="关于开展2025年度拖拉机和联合收割机安全检验工作的通知",
        record_date="2025-03-11",
        date="2025-03-11",
        notes="record title and date; document number neutral; 抄送/印发 版记 kept; a font-size row glued after the last line",
        page="""
!m 檀川县农业农村局　农机监理
!m 首页 >> 信息公开 >> 通知公告
{T}
!m 信息来源：县农机安全监理站　发布时间：2025-03-11 09:30:12　阅读量：
檀农机〔2025〕5号
{BODY}
!l 【上一条】县农业农村局关于做好春季农机安全生产的通知
!l 【下一条】2025年农机购置补贴实施方案公示
!m 地址：檀川县滨江路18号　邮编：417600　网站维护：县农业农村局办公室
""",
        body="""
各乡镇人民政府，县农机安全监理站：
为加强农业机械安全监督管理，预防和减少农机事故，根据《农业机械安全监督管理条例》规定，决定在全县开展2025年度拖拉机和联合收割机安全检验工作。现就有关事项通知如下。
一、检验对象
全县范围内已注册登记的拖拉机、联合收割机，以及未按期检验的逾期机具。
二、检验方式
采取集中检验与上门检验相结合的方式。县农机安全监理站按照乡镇排定日程，深入各村组开展现场检验，对检验合格的机具核发检验合格标志。
三、工作要求
1.各乡镇要安排专人负责组织，提前通知机主携带行驶证、驾驶证到指定地点参检。
2.检验人员要严格执行检验标准，不得擅自减少检验项目，不得收取任何费用。
3.各乡镇于4月30日前将检验情况汇总报县农机安全监理站。
檀川县农业农村局
2025年3月10日
抄送：县应急管理局，县交警大队。
檀川县农业农村局办公室　2025年3月10日印发⟦a 【字号：大 中 小】【打印】⟧
""",
        date_also=["2025-03-10"],
    ),
    dict(
        slug="news-meihu-peach-festival-html",
        site="梅湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.meihu.com.cn/xiangcun/2024-07/05/c_662014.htm",
        title="栝阳镇蜜桃合作社首届采摘节开园 线上订单突破两万单",
        record_title="栝阳镇蜜桃合作社首届采摘节开园 线上订单突破两万单 - 乡村 - 梅湖新闻网",
        date="2024-07-05",
        notes="decorated record title; byline date; photo caption and an ad between paragraphs; editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>栝阳镇蜜桃合作社首届采摘节开园 线上订单突破两万单 - 乡村 - 梅湖新闻网</title>
<script async src="//stat.meihu.com.cn/s.js"></script></head>
<body>
<div class="hd"><span class="logo">⟦m 梅湖新闻网⟧</span><span class="slogan">⟦m 梅湖人自己的新闻客户端⟧</span>
<a class="app">⟦a 下载梅湖新闻APP⟧</a></div>
<div class="chan">⟦m 时政 | 乡村 | 民生 | 文旅 | 视频 | 专题⟧</div>
<div class="crumb">⟦m 梅湖新闻网 &gt; 乡村振兴 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2024-07-05 18:42　来源：梅湖日报　记者 冉晓晴 通讯员 褚林⟧</div>
<article>
<p>本报讯　7月5日，栝阳镇蜜桃专业合作社首届采摘节在千亩桃园开园，来自周边县市的游客和采购商2000余人参加。</p>
<p class="pic-note">⟦m 图为游客在栝阳镇桃园采摘蜜桃。冉晓晴 摄⟧</p>
<p>栝阳镇种桃已有三十多年历史，全镇现有蜜桃种植面积4200亩。2021年，镇里牵头成立合作社，统一品种、统一技术、统一品牌，亩均收益由原来的6000元提高到1.1万元。</p>
<div class="ad">⟦a 扫码关注“梅湖乡村”，每日推送农产品行情⟧</div>
<p>今年合作社首次与电商平台合作开设直播间，开园当天线上订单就突破了两万单。“以前桃子熟了愁卖，现在不用出门就能卖到全国。”社员周大姐一边打包一边说。</p>
<p>据介绍，采摘节将持续到7月底，期间还将举办桃园音乐会、亲子农事体验等活动。⟦m （责任编辑：麻一鸣）⟧</p>
</article>
<div class="share">⟦l 分享至：朋友圈 · 微博 · 复制链接⟧</div>
<div class="more"><h3>⟦l 延伸阅读⟧</h3>
<p>⟦l 梅湖夏季水果上市 价格较去年略降⟧</p><p>⟦l 栝阳镇：一颗桃子带富一方百姓⟧</p></div>
<div class="ft">⟦m 梅湖新闻网 版权所有　未经书面授权禁止转载　互联网新闻信息服务许可证：43120190006⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
本报讯　7月5日，栝阳镇蜜桃专业合作社首届采摘节在千亩桃园开园，来自周边县市的游客和采购商2000余人参加。
栝阳镇种桃已有三十多年历史，全镇现有蜜桃种植面积4200亩。2021年，镇里牵头成立合作社，统一品种、统一技术、统一品牌，亩均收益由原来的6000元提高到1.1万元。
今年合作社首次与电商平台合作开设直播间，开园当天线上订单就突破了两万单。“以前桃子熟了愁卖，现在不用出门就能卖到全国。”社员周大姐一边打包一边说。
据介绍，采摘节将持续到7月底，期间还将举办桃园音乐会、亲子农事体验等活动。
""",
    ),
    dict(
        slug="news-chuanjiang-lab-animal-centre-text",
        site="川江在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.chuanjiangol.com/keji/202411/t20241122_305517.shtml",
        title="檫山实验动物中心通过国家实验动物质量认证",
        date="2024-11-22",
        record_date="2024-11-22",
        notes="title printed twice; 发布时间 line is the date; views and tags",
        page="""
!m 川江在线　>　科技　>　本地科技
{T}
{T}
!m 发布时间：2024年11月22日 10:05　来源：川江在线　作者：单佳禾
!m 阅读 3.1万　|　评论 12
{BODY}
!m 编审：杭文　值班主任：闵一
!l 标签：实验动物　认证　生物医药
!l 网友评论（12）　发表你的看法……
!l 热门推荐 ▎檫山生物医药产业园二期开工 ▎本地高校新增两个博士点
!d 川江在线声明：本网转载作品均注明出处，如有异议请及时联系。
""",
        body="""
近日，檫山实验动物中心顺利通过国家实验动物质量认证现场评审，成为全省第三家获得该认证的县级实验动物机构。
檫山实验动物中心成立于2016年，主要为高校、科研院所和生物医药企业提供小鼠、大鼠和家兔等实验动物及检测服务。中心现有屏障环境设施3200平方米，年供应实验动物12万余只。
评审组专家对中心的设施环境、饲育管理、质量检测和动物福利等方面进行了逐项核查，认为中心管理制度健全、记录完整可追溯。
中心负责人表示，下一步将扩建无菌动物实验室，更好服务园区生物医药企业的研发需求。
""",
    ),
    dict(
        slug="forum-linqu-netcafe-pledge-junk",
        site="临渠论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://bbs.linqu.net/thread-771203-1-1.html",
        title="关于规范网吧经营、拒绝未成年人上网的倡议书",
        record_title="[转帖] 关于规范网吧经营、拒绝未成年人上网的倡议书 - 本地资讯 - 临渠论坛",
        date="2025-02-26",
        date_also=["2025-02-28"],
        notes="forum junk lines and glued junk; 发表于 date differs from the 成文日期 (the document's expected, the post's accepted)",
        page="""
!m 临渠论坛 › 本地资讯 › 正文浏览
!t [转帖] 关于规范网吧经营、拒绝未成年人上网的倡议书
!m 查看: 2210 | 回复: 17
!m 木子舟 楼主 发表于 2025-2-28 20:11 | 只看该作者 | 倒序浏览
!m 本帖最后由 木子舟 于 2025-2-28 20:14 编辑
{BODY}
!l 回复 沙发：支持，早该管管了
!l 回复 板凳：我家楼下那家半夜还有学生
!a 使用道具 举报　　回复　　收藏 1　　分享
!m 临渠论坛 - Powered by ForumKit　　Archiver｜手机版｜小黑屋
""",
        junk=dict(lines=2, glued=2),
        body="""
全县网吧经营业主：
未成年人是祖国的未来。为营造健康文明的网络环境，县网吧行业协会向全体会员单位发出如下倡议：
一、严格落实实名登记制度。对每一位上网消费者核验身份证件，坚决不接纳未成年人进入营业场所。
二、在营业场所入口处醒目位置悬挂“未成年人禁止入内”标志，并在收银台张贴协会监督电话。
三、遵守营业时间规定，每日0时至8时不得营业，不得擅自延长营业时间。
四、加强场所消防安全管理，保持安全出口畅通，严禁在场所内吸烟。
让我们携起手来，共同守护未成年人健康成长！
楮原县网吧行业协会
2025年2月26日
""",
    ),
    dict(
        slug="forum-shuiyun-dumpling-factory-essay-discuz-html",
        site="水韵社区 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.shuiyun.org/forum.php?mod=viewthread&tid=330812",
        title="速冻水饺车间安全生产培训心得体会",
        record_title="速冻水饺车间安全生产培训心得体会 - 职场交流 - 水韵社区",
        date="2024-09-14",
        notes="Discuz-like page with jammer fonts; 发表于 is the page date; signature and reply box",
        page="""
<html><head><meta charset="utf-8"><title>速冻水饺车间安全生产培训心得体会 - 职场交流 - 水韵社区</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd"><div class="wp">⟦m 水韵社区 — 家门口的论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div></div>
<div id="pt">⟦m 水韵社区 › 生活 › 职场交流 › 查看内容⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 麦穗儿　中级会员　积分 412⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2024-9-14 12:36:08　|　只看该作者　|　电梯直达⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="sign">⟦l 签名：冷库零下十八度，我的心是热的⟧</div>
<div class="po">⟦a 回复　支持 5　反对　收藏　举报⟧</div>
</td></tr></table>
<div class="fastre">⟦l 高级模式 | 您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2024 水韵社区⟧ ⟦m 鲁ICP备18050276号-1⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
上周，公司组织我们速冻水饺车间全体员工参加了为期两天的安全生产培训。通过学习，我对车间里的安全风险有了新的认识。
以前我总觉得，食品厂不像化工厂那样危险，安全培训就是走走过场。这次老师讲了一个案例：某冷冻食品厂因为液氨管道阀门老化泄漏，造成多人中毒。听完我后背发凉，我们车间的速冻隧道用的也是氨制冷。
培训中，我们学习了液氨泄漏的应急处置流程，还进行了穿戴正压式呼吸器的实操练习。我第一次穿的时候手忙脚乱，用了两分多钟，经过反复练习，最后缩短到了50秒。
另外，和面机、包馅机这些设备也有卷入、挤压的风险。今后我一定做到设备清理时先断电挂牌，绝不图省事把手伸进运转中的机器。
安全不是口号，而是每个人每天的习惯。我会把这次学到的知识用到工作中，也提醒身边的工友注意安全。
""",
    ),
    dict(
        slug="blog-huajiao-farmer-notes",
        site="椒农老樊的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.laofan-huajiao.com/2024/08/post-318.html",
        title="参加全县花椒提质增效培训的几点收获",
        record_title="参加全县花椒提质增效培训的几点收获 | 椒农老樊的博客",
        date="2024-08-21",
        notes="blog title suffix; bracketed blog post time is the date; tag cloud, archive, comment count",
        page="""
!m 椒农老樊的博客
!m 种了二十年花椒的老农民，记点心里话
!m 首页　　花椒种植　　乡村见闻　　关于我
!t 参加全县花椒提质增效培训的几点收获 | 椒农老樊的博客
!m [2024-08-21 21:47]　分类：花椒种植　|　阅读(358)　|　评论(6)
{BODY}
!l 标签：花椒　修剪　培训
!l « 上一篇：今年的大红袍收成还行　　下一篇：椒园里的蚜虫怎么治 »
!l 文章归档：2024年8月(3)　2024年7月(5)　2024年6月(4)
!l 6条评论　|　发表评论
!d 本博客文字为原创，转载请先留言告知。
""",
        indent="",
        gap=True,
        body="""
前几天县林业局在我们柞河乡办了一期花椒提质增效培训，我报了名，连着听了两天，收获不少，记下来给椒农朋友们参考。
第一，修剪比我想的重要。专家说我们这边的老椒园普遍枝条太密，通风透光不好，所以病虫害多、果粒小。冬季修剪要“去密留疏、去弱留强”，一棵树留四五个主枝就够了。
第二，施肥不能光靠尿素。花椒采收后要及时补一次有机肥，加上磷钾肥，第二年结果才好。我家去年光追尿素，结果枝条长得旺，椒反而少了。
第三，采收和晾晒决定卖价。培训班的老师让我们看了色选机分出来的不同等级的花椒，颜色红亮、开口好的每斤能多卖十几块钱。
回来以后，我准备先拿自家东头那块地试一试，明年收成怎么样，到时候再来写。
""",
    ),
    dict(
        slug="blog-shuangyong-staff-research-html",
        site="守望者手记 (invented)",
        style="博客",
        genre="调研报告",
        kind="research",
        form="html",
        source="https://shouwangzhe.blog.net.cn/archives/2419",
        title="关于我县退役军人就业创业情况的调研报告",
        record_title="关于我县退役军人就业创业情况的调研报告 - 守望者手记",
        date=None,
        notes="blog with sidebar, tag cloud and archive; only a relative post time (3天前) — no date; data table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于我县退役军人就业创业情况的调研报告 - 守望者手记</title>
<link rel="alternate" type="application/rss+xml" href="/feed"></head>
<body class="single">
<header><div class="site-title">⟦m 守望者手记⟧</div><div class="site-desc">⟦m 一个双拥干部的工作笔记⟧</div>
<nav>⟦m 首页　工作笔记　读书　相册　留言板⟧</nav></header>
<main>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 3天前 · 工作笔记 · 1,204 次浏览⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-foot">⟦l 本文标签：双拥 退役军人 调研⟧</div>
<div class="post-nav">⟦l ← 双拥模范县复查迎检的一些体会⟧ ⟦l 军休干部座谈会侧记 →⟧</div>
<div id="comments">⟦l 发表评论　昵称（必填）　邮箱（必填）　提交⟧</div>
</main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 双拥 拥军优属 退役军人 走访 读书笔记 摄影⟧</p>
<h3>⟦l 文章归档⟧</h3><p>⟦l 2025年4月 (6)⟧</p><p>⟦l 2025年3月 (9)⟧</p></aside>
<footer>⟦d 本站文章仅代表个人观点，与所在单位无关。⟧ ⟦m Theme by Lumen⟧</footer>
</body></html>
""",
        body="""
为摸清全县退役军人就业创业底数，今年3月，县双拥办会同县退役军人事务局组成调研组，深入8个乡镇、26家企业开展调研，发放问卷412份。现将情况报告如下。
一、基本情况
全县现有登记在册退役军人5283人，其中处于就业年龄段的3906人。调研对象就业创业分布情况如下：
类别　人数　占比
企业就业　1721　44.1%
机关事业单位　508　13.0%
自主创业　633　16.2%
灵活就业　812　20.8%
待业　232　5.9%
二、存在的问题
一是部分退役军人技能单一，与企业岗位需求不匹配；二是创业扶持政策知晓率不高，问卷显示仅有37%的人了解贴息贷款政策；三是就业服务站点建设不均衡，偏远乡镇服务力量薄弱。
三、对策建议
建议每年举办不少于两场退役军人专场招聘会；将退役军人技能培训纳入职业技能提升行动；在乡镇退役军人服务站设立政策咨询窗口，做到政策“一口清”。
""",
    ),
]
