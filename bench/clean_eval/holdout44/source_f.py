"""holdout44, part F. Invented text (sites, counties, people, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="print-troupe-tour-safety-plan",
        site="汐湾县文化和旅游局 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wlj.xiwan.gov.cn/print/art_2025_0318.html",
        title="2025年送戏下乡巡演安全保障方案",
        record_title="〔打印版〕2025年送戏下乡巡演安全保障方案",
        date="2025-03-18",
        notes="text print view: print buttons, URL and print stamp, print footer; numbered list; 成文日期",
        page="""
!a [ 打印 ]　[ 返回 ]
{T}
!m 来源：县文化和旅游局　　2025-03-18
{BODY}
!m 原文链接：http://wlj.xiwan.gov.cn/art/2025/3/18/art_1311_3320.html
!m 打印于 2025/10/03 19:47
!p — 1/1 —
""",
        body="""
为确保巡演安全，制定本方案。
1.每场演出前由团安全员检查舞台搭建、电源线路和观众区疏散通道。
2.高空节目必须配备保护绳，风力五级以上取消户外高空节目。
3.每场演出配备急救箱1个，与当地卫生院建立联系。
汐湾县文化和旅游局
2025年3月18日
""",
    ),
    dict(
        slug="mail-tide-data-request-reply-chain",
        site="汐湾海洋服务中心邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:data@xwhyzx.cn",
        title="关于提供汐湾潮位站历史潮位资料的函",
        record_title="答复：Re: 关于提供汐湾潮位站历史潮位资料的函",
        date="2025-10-09",
        date_also=["2025-10-13"],
        notes="mail reply chain: reply text and quoted headers are chrome; the letter's own contact and e-mail kept; mail client footer",
        page="""
!m 发件人：汐湾县海洋服务中心 <data@xwhyzx.cn>
!m 日期：2025年10月13日 星期一 14:20
!m 收件人：潮屿海洋学院海洋科学系 <hykx@chaoyu-ocean.edu.cn>
!m 主题：答复：Re: 关于提供汐湾潮位站历史潮位资料的函
!w 您好，来函已收悉，资料整理完毕后另行发送。——海洋服务中心 徐雯
!m ------------------ 原始邮件 ------------------
!m 发件人："海洋科学系"
!m 发送时间：2025年10月9日 10:02
{T}
{BODY}
!a 本邮件由“港湾企业邮”提供技术支持
""",
        body="""
汐湾县海洋服务中心：
我系承担的“东海近岸潮汐变化特征研究”课题，需使用汐湾潮位站1995年至2024年逐时潮位资料。
恳请贵中心予以支持，资料仅用于科研，不对外公开。
联系人：杜一帆　电话：0580-2021566　邮箱：hykx@chaoyu-ocean.edu.cn
潮屿海洋学院海洋科学系
2025年10月9日
""",
    ),
    dict(
        slug="gov-jiaoyu-lighthouse-repair-oldtable",
        site="鲛屿镇人民政府网 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="html",
        source="http://www.jiaoyu.gov.cn/Article.asp?id=1042",
        title="鲛屿老灯塔修缮工程资金使用情况公示",
        record_title="鲛屿老灯塔修缮工程资金使用情况公示 - 鲛屿镇人民政府网",
        date="2025-12-01",
        notes="old township portal table layout: marquee, counter, font row; expense table; 成文日期 in Chinese numerals; supervision phone kept beside the site's",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鲛屿老灯塔修缮工程资金使用情况公示 - 鲛屿镇人民政府网</title></head>
<body><table width="900" align="center"><tr><td>⟦m 鲛屿镇人民政府网⟧</td></tr>
<tr><td><marquee>⟦l 鲛屿镇开展冬季森林防火宣传月活动⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 镇情简介 | 政务公开 | 村务公开 | 办事指南⟧</td></tr></table>
<table width="900" align="center"><tr><td>
<table><tr><td>⟦m 当前位置：首页 -> 政务公开 -> 财务公示⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 发布时间：2025-12-02 点击：[96]⟧　⟦a [ 字体：大 中 小 ]⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table></td></tr></table>
<table width="900" align="center"><tr><td>⟦m 访问人数：00188201⟧　⟦m 镇政府值班电话：0580-6061101⟧</td></tr></table>
</body></html>
""",
        date_also=["2025-12-02"],
        p_html="<p>　　{}</p>",
        body="""
鲛屿老灯塔修缮工程已完工，现将资金使用情况公示如下：
项目　金额（万元）
塔身加固　48.6
灯室修复　21.3
护栏更换　9.8
公示期7天，如有异议请拨打监督电话：0580-6061189
鲛屿镇人民政府
二〇二五年十二月一日
""",
    ),
    dict(
        slug="fanwen-cocoon-station-report-oneline",
        site="材料宝 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.cailiaobao.cn/shuzhi/39018.html",
        title="茧站站长2025年述职报告",
        record_title="【精选】茧站站长2025年述职报告（通用4篇）",
        date=None,
        notes="范文 site, body on one line; placeholders (no date); writing-service and copy prompts",
        page="""
!m 材料宝 — 公文材料一站式
!m 位置：材料宝 › 述职报告 › 站所述职
{T}
!m 更新：3天前　　字数：约1200字
!a 复制本文需登录，下载Word版需2个材料币
{BODY}
!w 材料宝原创团队，述职报告代写48小时交稿，QQ：2881093327
!l 更多：蚕桑站长述职报告 · 农技站长述职报告 · 烘茧工作总结
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一年来，在镇党委、政府的领导下，我带领茧站职工完成春秋两季蚕茧收购任务。
全年收购蚕茧××吨，兑付茧款××万元，烘茧设备安全运行，未发生质量事故。
存在的不足是评茧标准宣传不够，明年将在各村开展评茧开放日。
述职人：×××
""",
    ),
    dict(
        slug="wenku-instrument-minutes-pages",
        site="码上文库 (invented)",
        style="文库预览",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.mashang-wenku.com/p/9218306.html",
        title="民族乐器行业协会第二届理事会第一次会议纪要",
        record_title="民族乐器行业协会第二届理事会第一次会议纪要.pdf",
        date="2025-01-20",
        date_also=["2025-01-18"],
        notes="文库 preview with markers of its own form cutting sentences; minutes' 时间/地点/主持/出席 lines and a vote count kept; issue date expected, meeting date accepted",
        page="""
!m 码上文库　｜　首页 / 行业资料 / 会议纪要
!t 民族乐器行业协会第二届理事会第一次会议纪要.pdf
!m 3页　　阅读量 412　　上传于 2025-02-06
!a 全屏阅读　　下载（5积分）　　加入收藏
{BODY}
!a 试读结束，剩余内容请购买后继续阅读
!d 文档由用户上传，著作权归原作者所有
""",
        pages=dict(fmt="▸ {n} ◂", every=110, start=2, glue=False),
        body="""
时间：2025年1月18日上午
地点：协会会议室
主持：会长 施德庆
出席：理事15人
会议审议通过了《协会2025年工作要点》，表决结果为同意15票、反对0票、弃权0票。
会议决定成立乐器质量自律委员会，由副会长柯明远牵头，负责制定会员产品质量承诺书文本。
汐湾县民族乐器行业协会秘书处
2025年1月20日印发
""",
    ),
    dict(
        slug="news-vermicelli-export-html",
        site="湘中在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiangzhong-online.com/jingji/20251126/998213.shtml",
        title="蕨塘红薯粉丝首次出口东南亚",
        record_title="蕨塘红薯粉丝首次出口东南亚_经济_湘中在线",
        date="2025-11-26",
        notes="news portal: app prompt, source/time line, related news between paragraphs, responsible-editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蕨塘红薯粉丝首次出口东南亚_经济_湘中在线</title></head><body>
<div class="top">⟦m 湘中在线⟧ ⟦a 打开湘中在线APP 看更多本地新闻⟧</div>
<div class="chan">⟦m 首页 › 经济 › 正文⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-11-26 10:05:33　来源：湘中在线　作者：石岚⟧</div>
{BODY}
<div class="share">⟦l 分享到：⟧</div>
<div class="ft">⟦d 湘中在线所登载内容未经书面授权不得转载。⟧ ⟦m 违法和不良信息举报电话：0731-82990000⟧</div>
</body></html>
""",
        body="""
11月25日，一批装载12吨蕨塘红薯粉丝的集装箱从蕨塘镇发出，经广州港运往马来西亚。这是蕨塘粉丝首次走出国门。
⟦l 延伸阅读：蕨塘粉丝文化节下月开幕⟧
合作社理事长谭满仓说，为了出口，合作社花了一年时间改造晒粉场，完成了出口食品生产企业备案。⟦m 【责任编辑：罗一苇】⟧
""",
    ),
    dict(
        slug="wechat-acrobat-recruit-trainees",
        site="汐湾杂技公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.wx-copy.net/xwzaji/2025-08-01",
        title="杂技团招收学员啦！",
        record_title="杂技团招收学员啦！",
        date="2025-08-01",
        notes="WeChat mirror in text: account line with date, reading-count row, mini-program card between paragraphs; a 关注 sentence of the document kept",
        page="""
!m 汐湾杂技 2025-08-01 18:00 发表于浙江
{T}
{BODY}
!l 阅读 3521　　赞 88　　在看 19
!l 写留言
!a 点击“阅读原文”进入报名小程序
!d 镜像站仅作存档，原文以公众号为准
""",
        body="""
县杂技团面向全县招收2025级学员10名，年龄8至11周岁，身体健康，热爱杂技。
⟦l 小程序｜汐湾杂技报名通道⟧
报名时间为8月5日至8月20日，请家长关注本公众号，在菜单栏“学员招募”中填写报名表。
汐湾县杂技团
2025年8月1日
""",
    ),
    dict(
        slug="forum-radar-photography-post-junk",
        site="云影摄影论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://www.yunying-photo.com/bbs/viewthread.php?tid=40311",
        title="在雷达站拍云的一点体会",
        record_title="【原创】在雷达站拍云的一点体会 - 风光摄影 - 云影摄影论坛",
        date="2025-07-08",
        notes="photography forum post: 发表于 the page's date; junk lines and glued junk; signature; floors",
        page="""
!m 云影摄影论坛 » 风光摄影 » 【原创】在雷达站拍云的一点体会
!m 追云的老韩　发表于 2025-7-8 22:17　|　只看该作者
!t 【原创】在雷达站拍云的一点体会
{BODY}
!l 相机：入门机一台，镜头：广角变焦
!l 板凳　云端漫步：雷达站能随便进吗？
!l 地板　追云的老韩：开放日预约就可以
!a 回复帖子　　加分评价　　收藏
""",
        junk=dict(lines=2, glued=2),
        body="""
上个月参加柘溪雷达站开放日，顺便在山顶拍了一下午云。
雷达站的工作人员告诉我，雷达回波上那一团红色，就是我们头顶正在发展的积雨云。
从那以后，拍云之前我都会先看一眼雷达图。拍得好不好另说，至少不会再被雷雨堵在山上了。
""",
    ),
    dict(
        slug="qa-lighthouse-visit-answer-html",
        site="答岛问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.dadao-qa.com/question/30912.html",
        title="鲛屿老灯塔现在还能上去参观吗？",
        record_title=None,
        date="2025-09-14",
        notes="Q&A page: question title missing from the record; 回答于 date; vote row and related questions; answer's own opening-hours table kept",
        page="""
<html><head><meta charset="utf-8"><title>鲛屿老灯塔现在还能上去参观吗？ - 答岛问答</title></head><body>
<div class="hd">⟦m 答岛问答⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 游客8812　提问于 2025-09-13⟧</div>
<div class="ans"><div class="who">⟦m 鲛屿本地人 回答于 2025-09-14⟧</div>
{BODY}
<div class="vote">⟦a 有用(23)　没用(1)　评论(4)⟧</div></div>
<div class="rel">⟦l 相关问题：鲛屿怎么坐船过去？ ｜ 鲛屿住宿推荐⟧</div>
<div class="ft">⟦d 答案来自网友，仅供参考⟧</div>
</body></html>
""",
        body="""
可以，灯塔修缮完成后已经重新开放，不过现在只能到一层展厅，不能上灯室。
时段　开放时间
夏季　8:30至17:30
冬季　9:00至16:30
上岛的船班次不多，建议提前看好回程时间。
""",
    ),
    dict(
        slug="print-vermicelli-workshop-rules-html",
        site="蕨塘镇人民政府 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.juetang.gov.cn/print.aspx?id=3012",
        title="红薯粉丝小作坊生产卫生规范",
        record_title="红薯粉丝小作坊生产卫生规范 -- 打印预览",
        date="2025-10-28",
        notes="print view: noprint toolbar, URL, print footer; articles speak of 打印/扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>红薯粉丝小作坊生产卫生规范 -- 打印预览</title></head><body>
<div class="noprint">⟦a 【确定打印】【页面设置】【关闭】⟧</div>
<h2>{T}</h2>
<p align="right">⟦m 蕨塘镇人民政府　发布日期：2025-10-28⟧</p>
{BODY}
<div class="pf">⟦m 网址：www.juetang.gov.cn⟧</div>
<div class="pf">⟦p 第1页　总1页⟧</div>
</body></html>
""",
        body="""
一、加工场所应远离畜禽圈舍和垃圾堆放点，地面硬化，排水通畅。
二、漏粉、晒粉用水应符合生活饮用水标准。
三、每批次产品须打印追溯标签，消费者扫码可查加工户和生产日期。
四、禁止使用明矾和工业用原料。
""",
    ),
    dict(
        slug="mail-restoration-supply-newsletter",
        site="檀垭县图书馆邮件简报 (invented)",
        style="邮件转发",
        genre="简报",
        kind="bulletin",
        form="text",
        source="mailto:gjxf@tanya-lib.cn",
        title="古籍修复工作简报（第3期）",
        record_title="转发：古籍修复工作简报（第3期）",
        date="2025-06-30",
        notes="mailed newsletter: unsubscribe line, mail header block, 抄送 版记 of the bulletin kept; 成文日期",
        page="""
!m 发件人：檀垭县图书馆古籍部 <gjxf@tanya-lib.cn>
!m 收件人：各乡镇文化站
!m 主题：转发：古籍修复工作简报（第3期）
{T}
{BODY}
!a 如不希望再收到本简报，请回复“退订”
!d 本邮件由系统群发，请勿直接回复
""",
        gap=True,
        body="""
本季度古籍修复室共完成修复古籍38册、2160叶，其中《檀垭县志》12册已全部完成。
6月，修复室接收乡镇文化站移交的家谱5部，经评估均需整体修复，预计年底完成。
抄送：县文化和旅游局
檀垭县图书馆古籍部
2025年6月30日
""",
    ),
    dict(
        slug="blog-tide-observer-wrap-blog",
        site="潮汐日记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://chaoxiriji.blogbus.cn/post/20251105",
        title="验潮井里的三十年",
        record_title="验潮井里的三十年 - 潮汐日记 - 博客部落",
        date="2025-11-05",
        notes="blog post hard-wrapped at 56 columns; bracketed post time; tag and archive rows; share bar",
        page="""
!m 潮汐日记 · 一个潮位观测员的博客
{T}
!m [2025年11月05日 21:30]　[阅读 140]　[评论 3]
{BODY}
!l Tags：潮位站 验潮井 观测员
!l 分享到：微博 豆瓣 QQ空间
!l 上一篇：台风“海葵”过境那晚
!m 博客部落 blogbus.cn
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
1995年我来到汐湾潮位站的时候，潮位还是靠人工读水尺，一天读二十四次，晚上也不能停。
后来换了浮子式自记仪，再后来换了雷达水位计，我每天的工作从读数变成了检查仪器。
明年我就退休了。三十年的潮位资料一页不缺，这是我最骄傲的事。
""",
    ),
]
