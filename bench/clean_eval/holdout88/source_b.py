"""holdout88, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集. Invented text."""

CASES = [
    dict(
        slug="wechat-html-nuo-opera-section-span",
        site="微文集镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.weiwenji.example.com/s/Nuo_xiqu_9A2f",
        title="守护傩戏 从我做起——致全镇群众的倡议书",
        record_title="守护傩戏 从我做起——致全镇群众的倡议书",
        date="2024-02-20",
        date_also=["2024-02-21"],
        notes="WeChat-style <section><span> mirror; account line, 阅读原文/在看; date under the signature; 关注 spoken of in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>守护傩戏 从我做起——致全镇群众的倡议书</title></head><body>
<div class="mirror-top">⟦m 微文集 · 公众号文章归档⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创 瑭口文化 瑭口镇文化站 2024-02-21 07:30 发表于江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail"><section>⟦l 往期推荐：瑭口傩面具展开展啦｜正月里来看跳傩⟧</section><section>⟦a 长按识别二维码 关注我们⟧</section></div>
<div class="tool">⟦a 阅读原文⟧　⟦a 分享⟧　⟦a 点赞⟧　⟦a 在看⟧</div>
<div class="mirror-foot">⟦d 本页内容由镜像程序自动抓取，仅供存档检索⟧</div>
</body></html>
""",
        p_html='<section><p><span style="font-size:15px;">{}</span></p></section>',
        body="""
全镇父老乡亲们：
傩戏是我们瑭口祖辈传下来的宝贝，是国家级非物质文化遗产。为让这门古老技艺代代相传，我们倡议：
一、走进傩戏。正月跳傩期间，欢迎大家带孩子到祠堂观看，了解傩面和傩舞背后的故事。
二、保护傩具。家中藏有老傩面、老戏服的，请不要随意出售，可联系文化站登记保管。
三、传播傩戏。欢迎关注镇文化站发布的演出信息，拍摄视频时请注明傩戏名称和村名。
瑭口镇文化站
2024年2月20日
""",
    ),
    dict(
        slug="wechat-text-water-hyacinth-mirror-buttons",
        site="公号存档 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gonghaocundang.example.net/a/2023/0704/river-chief-notice",
        title="关于组织开展汛后水葫芦集中打捞的通知",
        record_title="关于组织开展汛后水葫芦集中打捞的通知｜瑄城河长办",
        date="2023-07-04",
        notes="text mirror of a WeChat article: account and 预计阅读 meta, chrome between paragraphs, 在看/留言 tail; date under the signature",
        page="""
!m 瑄城河长办
!m 2023-07-05 18:02
!t 关于组织开展汛后水葫芦集中打捞的通知｜瑄城河长办
!m 预计阅读时间 2 分钟
{BODY}
!a 点击“在看”，让更多人看到
!l 写留言
!l 精选留言：支持！河道干净了钓鱼都开心了
!d 以上内容来源于公众号“瑄城河长办”，镜像站仅作备份
""",
        body="""
各镇（街道）河长办：
入汛以来，受上游来水影响，城西河、泗港河等河道水葫芦大量聚集，影响行洪和水环境。
⟦a 👇点击上方蓝字关注我们👇⟧
一、打捞时间：7月6日至7月20日。
二、打捞要求：各镇（街道）组织保洁队伍对辖区河道全面打捞，打捞物及时清运，不得堆放在河岸。
三、信息报送：每周五前报送打捞进度，邮箱：hzb_xuancheng@163.com。
瑄城县河长制办公室
2023年7月4日
""",
    ),
    dict(
        slug="docshare-bird-ringing-report-upload-notice",
        site="共享资料网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.gxziliao.example.cn/doc/44190582.html",
        title="琚山鸟类环志站2023年秋季环志工作小结",
        record_title="琚山鸟类环志站2023年秋季环志工作小结.pdf",
        date=None,
        notes="file-name record title; upload stamp and relative time are no date; data table kept; page markers 'P n' glued to lines",
        page="""
!m 共享资料网 · 资料改变生活
!t 琚山鸟类环志站2023年秋季环志工作小结.pdf
!m 上传时间：2天前　格式：PDF　页数：3　热度：621
!a 原创力认证　|　免费预览前2页
{BODY}
!a 下载此文档（需5积分）　举报
!d 本文档由用户自行上传，共享资料网不对内容真实性负责；如有侵权请联系客服处理。
!w 客服电话：400-860-2217（工作日9:00-18:00）
""",
        pages=dict(fmt="P{n}", every=110, start=2, glue=True, sep=" "),
        body="""
今年秋季环志工作自9月20日开始，至11月15日结束，共开展野外作业48天。
本季共环志鸟类57种3215只，回收往年环志鸟8只，其中一只红胁蓝尾鸲为2021年在本站环志。
种类　数量　占比
黄眉柳莺　812　25.3%
红胁蓝尾鸲　406　12.6%
其他　1997　62.1%
下一步将整理环志数据，按要求报送全国鸟类环志中心。
""",
    ),
    dict(
        slug="docshare-html-spelunking-pledge-reader",
        site="洞见文档分享 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://share.dongjiandoc.example.com/d/8f03be71",
        title="文明探洞安全探洞倡议书",
        record_title=None,
        date="2024-07-01",
        notes="sharing reader, no record title (title on the page), page-marker paragraphs; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>洞见文档分享 - 在线阅读</title></head><body>
<div class="hd">⟦m 洞见文档分享⟧ ⟦a 上传我的文档⟧ ⟦a 登录⟧</div>
<div class="info">⟦m 分享者：岩洞老赵　大小：21KB　浏览：389⟧</div>
<div class="viewer">
<h3>{T}</h3>
{BODY}
</div>
<div class="ops">⟦a 下载原文件⟧　⟦a 转存到我的空间⟧　⟦a 复制链接⟧</div>
<div class="rel">⟦l 猜你想看：户外徒步安全须知｜溯溪活动免责协议⟧</div>
<div class="ft">⟦d 内容由用户分享，平台不承担任何法律责任⟧</div>
</body></html>
""",
        pages=dict(fmt="— {n} —", every=130, start=2),
        body="""
广大洞穴探险爱好者：
近年来，我县喀斯特洞穴吸引了越来越多的探洞爱好者。为保护洞穴环境，保障人身安全，琨水县洞穴探险协会倡议：
一、不单独探洞，进洞前向家人或协会报备路线和返回时间。
二、不在洞内刻画、不采摘钟乳石、不留下垃圾。
三、雨季不进入未经勘察的水洞。
琨水县洞穴探险协会
2024年7月1日
""",
    ),
    dict(
        slug="edu-html-speech-contest-notice-old-asp",
        site="璃江区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lijiangedu.example.cn/Article/ShowArticle.asp?ArticleID=6621",
        title="关于举办全区中小学生“讲好家乡故事”演讲比赛的通知",
        record_title="关于举办全区中小学生“讲好家乡故事”演讲比赛的通知",
        date="2024-03-05",
        notes="old ASP page with marquee, 【发表评论】【告诉好友】【打印此文】 row, visitor counter; 附件 list and contact kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>璃江区教育局--文件通知</title></head><body>
<table width="100%"><tr><td>⟦m 璃江区教育局 欢迎您！⟧</td><td><marquee>⟦m 办人民满意的教育 —— 璃江教育网⟧</marquee></td></tr></table>
<table width="980"><tr><td>⟦m 首页 | 教育动态 | 文件通知 | 招生考试 | 教研天地⟧</td></tr>
<tr><td>⟦m 当前位置：首页 >> 文件通知⟧</td></tr>
<tr><td align="center"><h3>{T}</h3></td></tr>
<tr><td align="center">⟦m 作者：区教研室　来源：本站原创　点击：1306　更新时间：2024-3-5⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a 【发表评论】【推荐给朋友】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td>⟦l 上一篇文章：关于做好春季开学工作的通知⟧<br>⟦l 下一篇文章：区教育局召开2024年工作会议⟧</td></tr></table>
<table><tr><td>⟦m 您是本站第 00410293 位访客⟧　⟦m 桂ICP备08100217号⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学校：
为引导学生了解家乡、热爱家乡，区教育局决定举办“讲好家乡故事”演讲比赛。
一、参赛对象：全区小学四年级至初中二年级学生。
二、比赛安排：3月底前完成校级初赛，4月中旬举行区级决赛。
三、有关要求：演讲时间不超过5分钟，内容须为原创，可结合家乡非遗、名人、风物。
附件：1.演讲比赛报名表
2.评分标准
联系人：覃晓岚，电话：0773-5210836。
璃江区教育局
2024年3月5日
""",
    ),
    dict(
        slug="edu-text-character-dictation-plan-school",
        site="珙桐小学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://gtxx.lijiangedu.example.cn/jxgl/2023/1102/1457.html",
        title="珙桐小学第三届汉字听写大赛活动方案",
        record_title="珙桐小学第三届汉字听写大赛活动方案【教学管理】",
        date="2023-11-02",
        notes="school page text: decorated record title, 发布 line date; numbered list; placeholder in body kept",
        page="""
!m 珙桐小学 —— 书香校园
!m 导航：学校概况｜教学管理｜德育之窗｜家校共育
!t 珙桐小学第三届汉字听写大赛活动方案【教学管理】
!m 发布：教导处　日期：2023-11-02　阅读：97
{BODY}
!a 【打印】　【返回列表】
!m 地址：璃江区珙桐路21号　校长室：0773-5230017
""",
        gap=True,
        body="""
为提高学生规范书写汉字的能力，营造热爱汉字的氛围，学校决定举办第三届汉字听写大赛。
1. 参赛年级：三至六年级，每班推荐选手5名。
2. 比赛形式：分笔试听写和现场擂台两轮，词语由教导处统一命题。
3. 奖项设置：设团体奖和个人一、二、三等奖，获奖名单在学校公众号公布。
报名表格式：班级＿＿＿＿　选手姓名＿＿＿＿　指导教师＿＿＿＿
""",
    ),
    dict(
        slug="oa-html-charcoal-kiln-intranet-flow",
        site="炭丰林产公司协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.tanfeng.local/doc/view.do?docId=20240915003",
        title="关于炭窑区秋季防火安全检查的通知",
        record_title=None,
        date="2024-09-15",
        notes="intranet document view with 流转记录 and read count; watermark; document number neutral; 抄送/印发 版记 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公文阅读</title></head><body>
<div class="oa-top">⟦m 炭丰林产 协同办公平台 V6.2⟧　⟦m 当前用户：质安部 何青⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　通讯录⟧</div>
<div class="watermark">⟦m 何青 2024-09-16 内部资料⟧</div>
<div class="doc">
<h2>{T}</h2>
<p class="wh">炭丰安〔2024〕9号</p>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 拟稿：质安部 曹勇 2024-09-14 16:20⟧</p><p>⟦m 签发：总经理 宋怀远 2024-09-15 09:02⟧</p></div>
<div class="read">⟦m 已阅 27 人 / 未阅 4 人⟧</div>
<div class="btn">⟦a 签收⟧ ⟦a 转发⟧ ⟦a 打印稿纸⟧</div>
</body></html>
""",
        body="""
各炭窑班组：
秋季天干物燥，炭窑区火险等级上升。公司决定于9月18日至25日开展防火安全检查。
一、检查窑体有无裂缝、烟道是否畅通。
二、检查出炭区灭火器、沙箱和消防水池是否完好。
三、检查值班人员是否在岗，严禁窑区吸烟。
炭丰林产有限公司
2024年9月15日
抄送：公司安全生产委员会各成员。
炭丰林产有限公司综合办公室　2024年9月15日印发
""",
    ),
    dict(
        slug="oa-text-sugar-beet-minutes-export",
        site="甜源糖业内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://intranet.tianyuan-sugar.local/meeting/2024/103",
        title="甜菜收购工作调度会会议纪要",
        date="2024-10-12",
        notes="intranet export: minutes' 时间/地点/主持 lines kept; export stamp is no date; date from the 时间 line in the minutes",
        page="""
!m 甜源糖业 内部门户 > 会议管理 > 会议纪要
!m 导出人：原料部 康宁　导出时间：2025-01-03 10:15
{T}
{BODY}
!m 密级：内部　保存期限：10年
!a [导出PDF] [打印] [返回]
""",
        body="""
时间：2024年10月12日上午9时
地点：公司三楼会议室
主持：副总经理 韦长青
参会：原料部、财务部、各收购点负责人
会议听取了各收购点甜菜收购进度汇报，截至10月11日，共收购甜菜3.6万吨，完成计划的42%。
会议议定：一、各收购点延长收购时间至晚上8时；二、财务部确保甜菜款三日内结清；三、原料部加强含糖率抽检，杜绝掺杂泥土。
""",
    ),
    dict(
        slug="qa-html-pangolin-rescue-answer-votes",
        site="问知道 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.wenzhidao.example.com/question/20948821/answer/77015",
        title="在山上捡到受伤的穿山甲该怎么办？",
        record_title="在山上捡到受伤的穿山甲该怎么办？ - 问知道",
        date=None,
        notes="Q&A page with vote bar and answerer card; relative time only; body's 电话 speaks of a hotline as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在山上捡到受伤的穿山甲该怎么办？ - 问知道</title></head><body>
<div class="top">⟦m 问知道 — 有问题，就会有答案⟧ ⟦a 写回答⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><div class="qmeta">⟦m 关注者 86 · 被浏览 4,213⟧</div></div>
<div class="answer">
<div class="author">⟦m 野保志愿者阿凯 · 林业站工作人员⟧</div>
<div class="votes">⟦a 赞同 231⟧ ⟦a 反对⟧</div>
{BODY}
<div class="atime">⟦m 编辑于 3 个月前⟧</div>
<div class="abar">⟦a 分享⟧ ⟦a 收藏⟧ ⟦l 添加评论⟧ ⟦a 举报⟧</div>
</div>
<div class="more">⟦l 查看全部 12 个回答⟧</div>
<div class="side">⟦l 相关问题：野生动物救助站在哪里？｜捡到猫头鹰可以养吗？⟧</div>
<footer>⟦m © 2025 问知道⟧</footer>
</body></html>
""",
        body="""
穿山甲是国家一级保护野生动物，捡到受伤个体千万不要带回家饲养。
第一步，用纸箱或编织袋装好，放在阴凉安静的地方，不要喂食。
第二步，立即拨打当地林业部门电话或110报告，等待野生动物救护中心的人员接收。
第三步，记下发现地点，方便救护后放归原地。私自收养、出售都是违法行为。
""",
    ),
    dict(
        slug="qa-text-lantern-riddle-template-answer",
        site="百答社区 (invented)",
        style="问答社区",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.baida-sq.example.net/q/5581093.html",
        title="元宵灯谜竞猜活动通知怎么写？",
        record_title="元宵灯谜竞猜活动通知怎么写？_百答社区",
        date=None,
        notes="Q&A with a template answer: placeholders kept; 最佳答案 label and answer meta as chrome; no date",
        page="""
!m 百答社区 > 生活 > 节日活动
!t 元宵灯谜竞猜活动通知怎么写？_百答社区
!m 提问者：灯笼红红　｜　浏览1,087次
!m 最佳答案　　回答者：瑄城灯谜协会会员　　采纳率：92%
{BODY}
!a 有用(58)　　没用(2)　　追问
!l 其他回答(3)
!l 可以参考社区公告栏的格式……
!d 以上回答由网友提供，仅供参考
""",
        body="""
给你一个模板，改改就能用：
关于举办元宵灯谜竞猜活动的通知
各位居民朋友：
为欢度元宵佳节，社区定于＿＿月＿＿日晚＿＿时在＿＿＿＿举办灯谜竞猜活动，届时将悬挂灯谜300条，猜中者可凭谜条领取小奖品。
欢迎大家携家人参加！
＿＿＿＿社区居委会
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="anthology-html-oral-history-chapter-nav",
        site="故园集 (invented)",
        style="个人文集",
        genre="其他",
        kind="other",
        form="html",
        source="https://guyuanji.example.org/works/koushu/ch07.html",
        title="老渡口的口述史：船工杨德厚的回忆",
        record_title="第七章 老渡口的口述史：船工杨德厚的回忆 - 故园集",
        date=None,
        title_also=["第七章 老渡口的口述史：船工杨德厚的回忆"],
        notes="personal collection chapter with prev/next chapter nav and contents sidebar; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第七章 老渡口的口述史：船工杨德厚的回忆 - 故园集</title></head><body>
<header>⟦m 故园集 · 林素秋文存⟧</header>
<div class="toc">⟦l 目录：第五章 祠堂｜第六章 老街｜第七章 渡口｜第八章 学堂⟧</div>
<main><h2>{T}</h2>
{BODY}
<div class="chap-nav">⟦l ← 上一章：老街的铺子⟧ ⟦l 返回目录⟧ ⟦l 下一章：学堂里的钟声 →⟧</div>
</main>
<footer>⟦d 本文集文字由作者本人整理，转载请联系作者⟧</footer>
</body></html>
""",
        body="""
杨德厚老人今年八十六岁，十四岁起在瑄城老渡口撑船，一撑就是四十年。
他说，那时候一条渡船坐十几个人，过一次河两分钱，赶集的日子要来回跑二十多趟。
“涨水的时候最怕，篙子插不到底，全靠一把力气。”老人边说边比画。
1987年大桥通车后，渡口停了，他的船如今还拴在村口的老樟树下。
""",
    ),
    dict(
        slug="anthology-text-village-history-hall-preface",
        site="墨痕文存 (invented)",
        style="个人文集",
        genre="其他",
        kind="other",
        form="text",
        source="http://mohen-wencun.example.net/book/cunshi/preface.html",
        title="《上坂村史馆解说词》序",
        date="2022-04-10",
        notes="collection preface; date as 壬寅年春 and Arabic date line at the end; site chrome and book nav",
        page="""
!m 墨痕文存 | 卷三 乡土
!l 本卷目录　上一篇　下一篇
{T}
!m 作者：温可平　字数：412
{BODY}
!l 本卷其他篇目：《上坂村史馆》展陈说明　|　修谱记
!d 版权归作者所有
""",
        indent="\u3000\u3000",
        body="""
上坂村史馆落成，村里几位老人嘱我写几句话，我推辞不过，只好应下。
村史馆不大，三间老屋，陈列着犁耙、水车、旧账本和几十张老照片。每一件东西背后，都是一户人家的日子。
解说词由村小的两位老师执笔，我只做了些校订。希望来参观的孩子们能从这里知道，自己是从哪里来的。
是为序。
2022年4月10日于上坂
""",
    ),
]
