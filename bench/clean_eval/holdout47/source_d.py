"""holdout47, part D: a mountain guide's blog, a memory clinic's account, an ostomy club's
letter, a school-surroundings vendors notice, a patent engineer's report, a licence-renewal
Q&A, a retired traffic policeman's collection, an urban-management Party branch, a
mental-health centre's news, a geology college's field-trip notice, a night-market stall
draw and a genealogy style sheet. Everything invented."""

CASES = [
    dict(
        slug="blog-xueshan-guide-summary-tagcloud",
        site="雪线之上 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://xuexianzhishang.example.blog.cn/archives/2024-12-30-guide.html",
        title="2024年带队攀登工作小结",
        record_title="2024年带队攀登工作小结 | 雪线之上",
        date="2024-12-30",
        notes="blog HTML: tag cloud, archive list, a subscribe button, a reading count; a bracketed post time is the date; the post speaks of 分享 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年带队攀登工作小结 | 雪线之上</title></head><body>
<header><h2>⟦m 雪线之上⟧</h2><p>⟦m 一个高山向导的笔记本⟧</p></header>
<nav>⟦m 首页　攀登日志　装备　关于⟧</nav>
<article><h1>{T}</h1>
<p class="time">⟦m [2024-12-30 22:41] 阅读 517⟧</p>
{BODY}
<p class="tags">⟦l 标签：高山向导 年终小结 安全⟧</p>
<p>⟦a RSS订阅　｜　邮件订阅⟧</p>
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 雪山 冰川 绳索技术 高反 急救⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年12月 (3)⟧</li><li>⟦l 2024年11月 (5)⟧</li></ul></aside>
<footer>⟦d 本站文字除注明外均为原创，转载请署名⟧</footer>
</body></html>
""",
        body="""
2024年，我作为登山协会的注册向导，共带队攀登四座雪山，累计带领学员五十二人次，全部安全下撤。
回顾一年，最大的体会是安全永远放在登顶前面。九月的一次攀登中，因天气突变，我们在距顶峰三百米处果断下撤，虽有遗憾，但大家都理解。
技术培训方面，我在协会举办了两期绳索技术和冰镐制动培训，协助编写了初级攀登教材。
明年我打算考取高级向导资格，也会把这些年的带队经验整理出来，和更多山友分享。
""",
    ),
    dict(
        slug="wechat-jiyi-memory-clinic-notice-text",
        site="湄原县第二人民医院 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirrorread.example.net/a/myey_20250919",
        title="关于开设记忆障碍专病门诊的通知",
        record_title="关于开设记忆障碍专病门诊的通知",
        date="2025-09-19",
        notes="WeChat mirror as text: account line with date; 预计阅读时间 and 原创 label; 在看 bar; the notice tells readers to 关注/预约 as content; the clinic's own phone kept",
        page="""
!m 湄原二院　2025年09月19日 17:30　湖南
!m 原创　湄原二院医务科　预计阅读时间2分钟
{T}
{BODY}
!a 点击“阅读原文”在线预约挂号
!l 分享　收藏　在看 46
!l 推荐阅读｜老人走失怎么办？防走失手环免费领
""",
        body="""
为更好地服务老年患者，我院神经内科自9月21日（世界阿尔茨海默病日）起开设记忆障碍专病门诊。
门诊时间为每周二、周四上午，由神经内科副主任医师坐诊，提供记忆力评估、认知功能筛查和用药指导等服务。
家中老人如出现经常忘事、反复问同一问题、找不到回家的路等情况，请及时带老人就诊。
市民可关注本院公众号进行预约，也可拨打门诊电话0738-7356120预约。
湄原县第二人民医院
2025年9月19日
""",
    ),
    dict(
        slug="docshare-zaokou-letter-html-reader",
        site="文汇通文档 (invented)",
        style="文档分享",
        genre="信",
        kind="letter",
        form="html",
        source="https://www.wenhuitong-doc.example.com/view/b92ac1.html",
        title="致全市造口朋友的一封信",
        record_title="致全市造口朋友的一封信.wps",
        date="2025-08-08",
        notes="document-sharing reader page: .wps file-name title; a doc-info row, a 'continue reading' fold glued after a paragraph, a report link; the letter's own 联系电话 kept beside a site service line",
        page="""
<html><head><meta charset="utf-8"><title>致全市造口朋友的一封信.wps-文汇通文档</title></head><body>
<div class="hd">⟦m 文汇通文档　好文档 随手分享⟧</div>
<div class="bread">⟦m 文汇通 / 医疗卫生 / 健康宣教⟧</div>
<h1>⟦t 致全市造口朋友的一封信.wps⟧</h1>
<div class="docinfo">⟦m 格式：wps　页数：2　浏览：309　收藏：12⟧</div>
<div class="content">
{BODY}
</div>
<div class="act">⟦a 立即下载　打印　举报⟧</div>
<div class="svc">⟦m 平台客服：service@wenhuitong-doc.example.com⟧</div>
</body></html>
""",
        body="""
亲爱的造口朋友们：
你们好！由于疾病治疗的需要，你们身上多了一个造口，生活也随之发生了变化。
我们想告诉大家，造口并不可怕，经过科学护理，大家完全可以像正常人一样工作、旅行和运动。⟦a 展开阅读剩余内容 ∨⟧
璘州市造口人联谊会成立于2019年，每月第二个周六在市中心医院举办造口护理沙龙，欢迎大家和家属参加。
如在造口护理中遇到困难，可拨打联谊会联系电话0736-2298817，造口治疗师会为您耐心解答。
璘州市造口人联谊会
2025年8月8日
""",
    ),
    dict(
        slug="edu-yichuan-school-vendors-notice-html",
        site="翊川市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.yichuan.example.gov.cn/tzgg/content_22817.html",
        title="关于联合开展校园周边流动摊贩专项整治的通知",
        record_title="关于联合开展校园周边流动摊贩专项整治的通知",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="education portal HTML: 索引号 info table as meta; a [字体 大 中 小] row and a QR share; 附件 lists; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>翊川市教育局</title></head><body>
<div class="top">⟦m 翊川市教育局　办人民满意的教育⟧</div>
<div class="nav">⟦m 首页 | 教育要闻 | 通知公告 | 政务公开 | 办事服务⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431100MB1C3-2025-0172⟧</td><td>⟦m 发布机构：基础教育科⟧</td></tr>
<tr><td>⟦m 成文日期：2025-09-02⟧</td><td>⟦m 发布日期：2025-09-03⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="docno">翊教通〔2025〕31号</p>
<div class="font">⟦a [字体 大 中 小]　[扫码手机看]⟧</div>
{BODY}
<div class="foot">⟦m 主办单位：翊川市教育局　网站标识码：4311000027⟧</div>
</body></html>
""",
        body="""
各县市区教育局，市直各学校：
新学期开学以来，部分学校周边出现流动摊贩占道经营、售卖“三无”食品等问题。经研究，市教育局与市城管局决定联合开展校园周边流动摊贩专项整治。
一、整治时间：2025年9月8日至10月31日。
二、整治重点：校门口两百米范围内的流动摊点、无证照食品经营和上下学时段占道停车。
三、工作要求：各学校要加强对学生的食品安全教育，发现问题及时向属地城管部门报告。
附件：1.校园周边整治责任分工表
2.整治情况统计表
翊川市教育局　翊川市城市管理局
2025年9月2日
""",
    ),
    dict(
        slug="oa-huarui-patent-engineer-report",
        site="华锐精工内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://oa.huarui-jg.example.com/kms/doc/2025/01/220418",
        title="2024年度知识产权专员述职报告",
        record_title="2024年度知识产权专员述职报告",
        date="2025-01-10",
        notes="intranet knowledge-base export: approval trail, an export stamp (no date), a watermark; a data table and numbered list kept",
        page="""
!m 华锐精工知识管理系统 › 人力资源 › 述职材料
!m 导出人：人力资源部 宁静　导出时间：2025-02-11 16:02
{T}
!m 所属部门：研发中心　审批状态：已通过
{BODY}
!m 审批记录：研发中心总监 吴志刚 2025-01-12 同意；人力资源部 2025-01-13 归档
!d 公司内部资料，未经许可不得对外提供
""",
        body="""
我于2023年3月起担任公司知识产权专员，现将2024年度履职情况报告如下。
一、主要工作
1.专利申请。全年组织提交专利申请二十七件，其中发明专利九件。
2.制度建设。修订《技术秘密管理办法》，建立研发项目专利检索节点。
3.培训宣传。为研发人员开展专利挖掘培训四场。
二、主要指标
项目　2023年　2024年
专利申请　18件　27件
授权专利　11件　16件
三、不足与打算
专利布局的前瞻性不够，明年将围绕主导产品开展专利导航分析。
述职人：卓小航
2025年1月10日
""",
    ),
    dict(
        slug="qa-chezhu-license-renewal-html",
        site="车主问问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.chezhuwenwen.example.com/q/771203.html",
        title="驾驶证快到期了，换证需要回户籍地吗？",
        record_title="驾驶证快到期了，换证需要回户籍地吗？_车主问问",
        date="2025-07-14",
        notes="Q&A HTML: the answer's 回答于 date is the page's date; vote bar, an ad for a driving course, related questions; the answer speaks of 下载 an app as content",
        page="""
<html><head><meta charset="utf-8"><title>驾驶证快到期了，换证需要回户籍地吗？_车主问问</title></head><body>
<div class="hd">⟦m 车主问问 — 用车路上的疑问都在这⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：琮山路人　分类：驾照年审　浏览 2763⟧</p></div>
<div class="ans"><p class="who">⟦m 车管所退休民警老陈　回答于 2025-07-14⟧</p>
{BODY}
<p class="vote">⟦l 有帮助(112)　没帮助(3)　追问⟧</p></div>
<div class="ad">⟦a 【广告】科目一题库刷题，0元领取VIP⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 驾驶证过期三个月还能换吗？⟧</p><p>⟦l 体检表去哪里开？⟧</p></div>
</body></html>
""",
        body="""
不需要回户籍地，驾驶证期满换证已经实行全国通办，可以在居住地的任何一个车管所办理。
换证需要准备身份证、驾驶证和县级或部队团级以上医疗机构出具的身体条件证明，六十周岁以上的还要提交记忆力、判断力等证明。
最方便的办法是下载交管服务APP在线申请，提交体检信息后，新证件邮寄到家。
注意要在驾驶证有效期满前九十日内申请，逾期未换证的，驾驶证不能继续使用。
""",
    ),
    dict(
        slug="collection-laochen-traffic-speech-html",
        site="路灯下文集 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://ludengxia.example.net/wenji/j2/031.html",
        title="在琮山县中小学交通安全第一课上的讲话",
        record_title="卷二·第31篇　在琮山县中小学交通安全第一课上的讲话 - 路灯下文集",
        date="2019-09-02",
        notes="personal collection HTML: volume navigation, an author bio box, a collector's note; the date under the speech title in Chinese numerals; the speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>卷二·第31篇　在琮山县中小学交通安全第一课上的讲话 - 路灯下文集</title></head><body>
<div class="hd">⟦m 路灯下文集　陈国栋 著⟧</div>
<div class="nav">⟦l 卷一 警营杂记　卷二 讲稿存底　卷三 路口随笔⟧</div>
<h2>⟦m 卷二·第31篇⟧</h2>
<h1>{T}</h1>
<p>琮山县公安局交警大队宣传民警　陈国栋</p>
<p>（二〇一九年九月二日）</p>
{BODY}
<div class="note">⟦d 录入说明：本篇据作者保存的讲稿录入，个别字句略有订正。⟧</div>
<div class="pn">⟦l 上一篇：在驾校教练员培训会上的发言 ｜ 下一篇：写给新警的一封信⟧</div>
<div class="bio">⟦m 作者简介：陈国栋，琮山交警退休民警，从警三十四年。⟧</div>
</body></html>
""",
        body="""
同学们、老师们：
今天是新学期开学的第一天，我来给大家上一堂交通安全课。
我先问大家一个问题：过马路应该走哪里？对，走人行横道，还要看清信号灯，红灯停、绿灯行。
第二，不满十二周岁的同学不能骑自行车上路，不满十六周岁的不能骑电动自行车上路。
第三，坐车要系好安全带，不把头和手伸出窗外，不乘坐无牌无证车辆和超载车辆。
希望同学们把今天学到的知识讲给爸爸妈妈听，做交通安全的小宣传员。
""",
    ),
    dict(
        slug="dangjian-chengguan-branch-party-day-plan",
        site="琮山机关党建 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jgdj.congshan.example.gov.cn/zbjs/2025/0410/661.html",
        title="县城管局执法大队党支部4月份主题党日活动方案",
        record_title="县城管局执法大队党支部4月份主题党日活动方案",
        date="2025-04-10",
        notes="Party-building text page: a slogan line, breadcrumbs, the plan's 时间/地点/参加人员 lines and a numbered agenda kept; a study-app prompt and a 学习打卡 button",
        page="""
!m 琮山机关党建　党建引领 服务发展
!m 首页 >> 支部建设 >> 主题党日
!m 发布日期：2025-04-10　供稿：执法大队党支部　浏览量：213
{T}
{BODY}
!a 【学习打卡】　【我要投稿】
!l 上一篇：局机关党委召开一季度党建工作推进会
!m 中共琮山县直机关工作委员会　地址：琮山县政府大院2号楼
""",
        body="""
为深入开展党纪学习教育，结合执法工作实际，制定4月份主题党日活动方案。
一、活动时间：2025年4月18日下午
二、活动地点：县城管局三楼党员活动室、城东农贸市场
三、参加人员：支部全体党员，入党积极分子列席
四、活动内容
1.重温入党誓词，集中学习党纪处分条例有关章节。
2.观看警示教育片，开展“执法为民”专题讨论。
3.到城东农贸市场开展便民服务，帮助商户规范摆放，听取群众意见。
五、有关要求：全体党员着执法制服参加，不得无故缺席。
县城管局执法大队党支部
2025年4月10日
""",
    ),
    dict(
        slug="hospital-linzhou-psych-hotline-news-html",
        site="璘州市精神卫生中心 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lzjwzx.example.com/news/2025/0601/318.html",
        title="我中心心理援助热线开通一周年 累计接听来电一万二千余个",
        record_title="我中心心理援助热线开通一周年 累计接听来电一万二千余个-璘州市精神卫生中心",
        date="2025-06-01",
        notes="hospital news HTML: a 预约挂号 button and a site switchboard in the header beside the hotline number the news itself gives; a photo caption between paragraphs; an editor line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我中心心理援助热线开通一周年 累计接听来电一万二千余个-璘州市精神卫生中心</title></head><body>
<div class="header">⟦m 璘州市精神卫生中心　总机：0736-2231000⟧　⟦a 预约挂号⟧　⟦a 无障碍浏览⟧</div>
<div class="nav">⟦m 医院概况　就医指南　科室设置　新闻动态　心理科普⟧</div>
<div class="pos">⟦m 您的位置：首页 > 新闻动态 > 医院新闻⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 日期：2025-06-01　来源：心理危机干预科　阅读：671⟧</div>
{BODY}
<p class="ed">⟦m 文/图：心理危机干预科　责任编辑：罗娟⟧</p>
<div class="foot">⟦d 本网站所载内容仅作健康科普，不作诊疗依据⟧<br>⟦m 湘ICP备17010022号-1⟧</div>
</body></html>
""",
        body="""
6月1日，我中心二十四小时心理援助热线开通满一周年。一年来，热线累计接听来电一万二千余个，其中心理危机干预一百三十余例。
热线由十八名经过专业培训的心理咨询师和精神科医生轮流值守，来电者以青少年和中年人为主，主要涉及学业压力、家庭关系和情绪困扰等问题。
⟦m 图为热线接线员正在接听来电。（心理危机干预科供图）⟧
中心负责人表示，将进一步扩充接线员队伍，开设青少年专线，让更多有需要的人及时得到帮助。
心理援助热线号码为0736-96525，全天候免费接听。
""",
    ),
    dict(
        slug="university-dizhi-field-trip-notice-wrapped",
        site="琨城地质学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://dky.kcdzxy.example.edu.cn/tzgg/2025/0703/1452.html",
        title="关于做好2025年暑期野外地质实习安全工作的通知",
        record_title="关于做好2025年暑期野外地质实习安全工作的通知-地球科学学院",
        date="2025-07-03",
        notes="hard-wrapped text (58 columns) of a college page; the college's own 24-hour duty phone kept; a 下载 link in the text as content; a visitor-counter footer",
        indent="    ",
        wrap=58,
        page="""
!m 琨城地质学院地球科学学院
!m 首页 | 学院概况 | 本科教学 | 研究生培养 | 通知公告
!t 关于做好2025年暑期野外地质实习安全工作的通知
!m 发布者：教学办　时间：2025-07-03　浏览次数：388
{BODY}
!l 附件下载区：野外实习安全承诺书.docx
!m 版权所有 琨城地质学院地球科学学院　今日访问：126
""",
        body="""
各实习队、各班级：
2025年暑期野外地质实习将于7月10日开始，为确保师生人身安全，现就有关事项通知如下。
一、出队前，每名学生须签订安全承诺书，承诺书可在学院网站下载后打印签字，由带队教师统一收回。
二、野外工作期间严格实行小组制，每组不少于三人，严禁单独行动，遇雷雨天气立即停止工作，远离陡崖和河道。
三、学院设二十四小时值班电话0736-3311708，遇突发情况须第一时间报告。
地球科学学院
2025年7月3日
""",
    ),
    dict(
        slug="localforum-jiantou-nightmarket-draw-html",
        site="枧头论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://bbs.jiantou.example.com/thread-88201-1-1.html",
        title="滨河夜市第二批摊位抽签结果公告",
        record_title="滨河夜市第二批摊位抽签结果公告-枧头论坛",
        date="2025-07-18",
        notes="county-forum HTML: a result table kept; the market office's own phone kept; a sticky rule line, floors, an app-download banner; the post date equals the document date",
        page="""
<html><head><meta charset="utf-8"><title>滨河夜市第二批摊位抽签结果公告-枧头论坛</title></head><body>
<div class="top">⟦a 下载枧头论坛APP，发帖赚积分⟧</div>
<div class="crumb">⟦m 枧头论坛 › 民生资讯 › 便民公告⟧</div>
<div class="post"><h1>{T}</h1>
<div class="au">⟦m 楼主 夜市管理办 ｜ 2025-07-18 20:03 ｜ 阅读 3391 回复 58⟧</div>
{BODY}
</div>
<div class="fl"><p>⟦l 2# 吃货小满：恭喜中签的老板们⟧</p><p>⟦l 3# 枧江老李：第三批什么时候？⟧</p></div>
<div class="rule">⟦d 本版禁止发布商业广告，违者删帖禁言⟧</div>
</body></html>
""",
        body="""
滨河夜市第二批摊位抽签已于7月18日在县城管局会议室公开进行，现将结果公告如下。
摊位号　经营类别　中签人
B-01　特色小吃　谢秀英
B-02　文创手作　蒋小川
B-03　饮品　唐丽
中签摊主请于7月25日前到夜市管理办公室签订经营协议，逾期视为自动放弃。
咨询电话：0745-3326630。
滨河夜市管理办公室
2025年7月18日
""",
    ),
    dict(
        slug="download-xiupu-genealogy-fanli-doc",
        site="书香资料屋 (invented download station)",
        style="资料下载站",
        genre="规定",
        kind="other",
        form="text",
        source="http://www.shuxiangwu.example.com/down/41190.html",
        title="瑭溪钟氏族谱续修凡例",
        record_title="瑭溪钟氏族谱续修凡例.doc下载",
        date="2024-10-01",
        notes="download station text page: file info lines, mirror links, an unzip note; a .doc下载 decorated title; numbered 凡例 kept; a template placeholder 某年某月某日 is no date; 成文日期 in Chinese numerals",
        page="""
!m 书香资料屋 — 文史资料免费下载
!m 当前位置：首页 → 文史资料 → 家谱族谱
!t 瑭溪钟氏族谱续修凡例.doc
!m 文件大小：25KB　授权方式：免费　更新日期：2025-01-06
!a 本地下载　网通下载　电信下载
{BODY}
!d 友情提示：下载后如打不开，请安装最新版办公软件；本站资料仅供研究参考。
!l 同类资料：族谱序言范文 ｜ 修谱倡议书
""",
        body="""
一、本谱以瑭溪钟氏始迁祖为一世，按世系顺序编排，每五世为一图。
二、入谱人员不分男女，凡本族子孙及其配偶均予登录，收养子女注明。
三、生卒时间统一用公历书写，格式为“某年某月某日”，不详者注“待考”。
四、谱中人物事迹以简明为原则，不溢美、不隐恶。
五、本凡例由续修理事会讨论通过，自发布之日起执行。
瑭溪钟氏族谱续修理事会
二〇二四年十月一日
""",
    ),
]
