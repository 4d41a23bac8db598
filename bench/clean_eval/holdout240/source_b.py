"""holdout240, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Everything here is invented; see ../README.md and ../build.py for the markup. Written by hand.
"""

CASES = [
    dict(
        slug="laobao-blog-screen-rental-html",
        site="老鲍的木工房 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laobao-muzuo.example.blog/2024/04/14/sanzhe-pingfeng/",
        title="给十五平米的出租屋做一扇三折屏风",
        record_title="【木作手记】给十五平米的出租屋做一扇三折屏风 | 老鲍的木工房",
        date="2024-04-14",
        notes="WordPress-like blog: bracketed post time as the page's date, calendar widget, tag cloud, archive, "
        "comment form; a tip-jar line glued after a sentence and a related-post link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>【木作手记】给十五平米的出租屋做一扇三折屏风 | 老鲍的木工房</title>
<link rel="stylesheet" href="/wp-content/themes/sawdust/style.css"><script src="/wp-includes/js/wp-emoji-release.min.js"></script></head>
<body class="single">
<header class="site-header"><p class="site-title">⟦m 老鲍的木工房⟧</p><p class="site-description">⟦m 下班后的两小时，都给了刨子和凿子⟧</p>
<nav>⟦m 首页⟧ ⟦m 木作手记⟧ ⟦m 工具清单⟧ ⟦m 留言板⟧</nav></header>
<main><article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 〔2024-04-14 22:08〕 分类：木作手记 · 阅读 1,442 · 评论 9⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：屏风 松木 绷布 小户型⟧</footer>
<nav class="post-nav">⟦l « 前一篇 用边角料做一个鞋拔子⟧　⟦l 后一篇 » 刨刀怎么磨才不卷口⟧</nav>
<section id="comments"><h3>⟦l 9 条评论⟧</h3>
<ol><li>⟦l 半夏：布用的是什么颜色？求个实拍⟧</li><li>⟦l 老鲍 回复 半夏：米白色亚麻，透光不透影⟧</li></ol>
<form>⟦l 发表评论　昵称（必填）　邮箱（不会公开）　提交评论⟧</form></section></article></main>
<aside><section>⟦l 2024年四月 日历 一 二 三 四 五 六 日⟧</section>
<section><h4>⟦l 标签云⟧</h4>⟦l 榫卯 刨子 松木 胡桃木 屏风 砂纸 漆⟧</section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年四月 (3)⟧</li><li>⟦l 2024年三月 (5)⟧</li></ul></section></aside>
<footer class="site-footer">⟦m © 2024 老鲍的木工房 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
租的房子只有十五平米，床正对着门，朋友来了总觉得不自在。上个月我花了三个周末，给自己做了一扇三折的屏风，放在门和床之间，效果比想象的好。
材料很简单：松木方条六根，亚麻布两米，小合页四个，一共花了不到两百块。每扇屏风高一米六、宽四十五公分，框架用半榫连接，再用木工胶加固。
⟦l 顺手看看：我的第一个榫卯小凳是怎么做歪的⟧
最费事的是绷布。布要先打湿再绷，用码钉枪沿着框背面一圈圈钉，干了以后布面自己就绷紧了。我第一扇绷歪了，拆了重来，第二扇、第三扇就顺手多了。⟦a 觉得有用？请老鲍喝杯咖啡⟧
合页要装在同一侧，这样三扇能“之”字形折起来，不用的时候靠墙一立，只占一拃宽。
屏风放好那天，房间一下子有了“玄关”。做木工就是这样，东西不大，自己做的用着格外舒心。
""",
    ),
    dict(
        slug="xiulaoshi-blog-bolt-wrapped",
        site="修老师傅的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://xiulaoshifu.example-blog.cn/post/2024/0302/118.html",
        title="给老邻居换了一副厨房门插销",
        record_title="给老邻居换了一副厨房门插销 - 居家修理 - 修老师傅的博客",
        date="2024-03-02",
        notes="a retired electrician's blog, hard-wrapped at 56 columns; the post's date-time line is the page's "
        "date; category line, visit counter and comments below",
        page="""
!m 修老师傅的博客
!m 退休电工，修修补补又一年
{T}
!m 2024-03-02 20:15　｜　分类：居家修理　｜　阅读(287)
{BODY}
!l 分享到：QQ空间　新浪微博　微信
!l 上一篇：楼道声控灯不亮，先查这三处
!l 下一篇：水龙头滴水换个阀芯就行
!l 网友评论（2）
!l 木棉：修师傅手艺好，我家阳台门也该换了
!l 修老师傅：@木棉 插销买十厘米的就够用
!m 本博客由博客大巴兼容程序驱动　访问量：58213
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
楼下老邻居的厨房门关不严，风一吹就咣当响。周末我带上工具去看了看，原来是门上的老铁插销锈死了，插杆只能推进去一半。
旧插销是三十多年前装的，螺丝早就和木头锈在一起。我先往螺丝上滴了几滴松锈剂，等了二十分钟，再用一字起子一点点拧，四颗螺丝才算都退了出来。
新买的是一副不锈钢明插销，长十厘米。装的时候先把插杆推到底，在门框上比好插座的位置，用铅笔画线，再用小凿子把门框凿出一道浅槽，这样插座装上去才平。
装好后试了十几次，推拉顺滑，门也关严了。老邻居非要留我吃饭，我说：“一副插销十几块钱，举手之劳。”
小东西坏了别凑合，换一副也就半个钟头的事。
""",
    ),
    dict(
        slug="xiangzhou-hospital-wechat-hook-h1",
        site="珦州二院健康家 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wxmirror.example.net/s/xz2yjkj/20241203-a1",
        title="别把吸盘挂钩当扶手！浴室防跌倒记住这几点",
        record_title=None,
        date="2024-12-03",
        notes="WeChat mirror, no record title (the <h1>); 原创 tag and account line with the date; a follow prompt "
        "glued before the first words; 阅读原文/在看 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>珦州二院健康家</title></head>
<body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 珦州二院健康家　2024-12-03 07:45　发表于珦州⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读原文⟧　⟦l 阅读 3.1万⟧　⟦l 👍 赞 206⟧　⟦l 在看 88⟧</div>
<div class="qr">⟦a 长按识别二维码，预约康复科门诊⟧</div>
<div class="mirror-note">⟦d 本页为公众号文章网页存档，排版可能与原文略有出入⟧</div>
</div>
</body></html>
""",
        p_html='<section><p><span style="font-size:16px;">{}</span></p></section>',
        body="""
⟦a 点击上方蓝字「珦州二院健康家」关注我们⟧冬天洗澡，浴室地滑、水汽大，老年人最容易跌倒。近一个月，我院急诊科接诊的老人浴室跌倒中，有4位是起身时顺手抓了墙上的吸盘挂钩或吸盘毛巾架，结果连人带架摔倒在地。
吸盘靠的是内外气压差。热水蒸汽一熏，吸盘边缘容易进气，平时挂毛巾没问题，一旦人用力一拉，很容易整个脱落。
康复医学科医生提醒：
1.吸盘挂钩、吸盘置物架只能挂毛巾、浴球等轻物，不能当扶手用；
2.老人洗澡的地方，应在马桶旁和淋浴区打孔安装不锈钢扶手；
3.淋浴区铺防滑垫，洗澡时间不宜超过15分钟；
4.起身时先坐稳，再扶着固定扶手慢慢站起来。
家里有老人的，不妨今天就去浴室看一看。
""",
    ),
    dict(
        slug="changhe-wechat-bolt-pledge-text",
        site="玚河邻里 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://mp-archive.example.org/changhelinli/2024/11/28/1",
        title="守好家门第一道关——致辖区居民的倡议书",
        record_title="守好家门第一道关——致辖区居民的倡议书 - 玚河邻里 · 推送存底",
        date="2024-11-28",
        notes="WeChat mirror as text: a follow prompt glued before the salutation, a sentence asking readers to "
        "follow the account (content), a like/在看 row and a tip line below; 成文日期 under the signature",
        page="""
!t 守好家门第一道关——致辖区居民的倡议书
!m 玚河邻里　　前天
{BODY}
!l 阅读原文　　阅读 2418　　在看 57
!a 喜欢这篇就点个“赞”和“在看”吧
!l 写留言
!d 存档说明：本站只保存公开文章的文字部分，图片未保存
""",
        body="""
⟦a ↑↑ 点蓝字关注「玚河邻里」，邻里大小事早知道⟧亲爱的居民朋友们：
入冬以来，辖区接连发生多起独居老人在家时被陌生人推门进屋推销“保健品”的事件。一扇没有插销的门，往往就是骗子进门的第一步。为此，玚河街道办事处向全体居民发出如下倡议：
一、检查自家门锁和插销。睡前、独自在家时插好门插销，陌生人敲门先隔门问清来意。
二、帮一帮身边的老人。请年轻人回家看看父母家的门，插销坏了及时换新。
三、用好邻里志愿服务。扫码关注“玚河邻里”公众号，在“邻里帮”栏目登记，志愿者可免费上门加装门插销。
四、发现可疑人员及时报告。遇到上门推销、冒充工作人员的，请拨打社区值班电话或110。
守好家门，就是守好一家人的平安。
琡湖区玚河街道办事处
2024年11月28日
""",
    ),
    dict(
        slug="gongxiang-screen-contract-docx",
        site="共享范本屋 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.fanbenwu.example.com/doc/20240611/3391028.html",
        title="屏风采购合同（范本）",
        record_title="屏风采购合同（范本）.docx",
        date=None,
        notes="sharing reader: upload notice, points lock, service WeChat; a contract template with 第N条, ×× "
        "placeholders and ＿＿年＿＿月＿＿日 blanks; file-name title; upload stamp only (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>屏风采购合同（范本）.docx - 共享范本屋</title></head>
<body>
<div class="fb-top"><span class="logo">⟦m 共享范本屋⟧</span><span>⟦m 合同 · 制度 · 表格，一站式范本共享⟧</span><a>⟦a 登入范本屋⟧</a></div>
<div class="fb-crumb">⟦m 首页 ＞ 合同范本 ＞ 买卖合同⟧</div>
<div class="fb-file"><h1>{T}</h1>
<p>⟦m 格式：docx　大小：21KB　页数：2　分享者：范本小蜜蜂⟧</p>
<p>⟦m 上传日期：2024-06-11　下载次数：744　评分：4.6⟧</p></div>
<div class="fb-notice">⟦d 本范本由网友分享，仅供参考，签订合同前请咨询专业律师，本屋不承担使用后果⟧</div>
<div class="fb-preview">
{BODY}
</div>
<div class="fb-lock"><p>⟦a 下载原文需消耗10积分，分享一篇文档即送20积分⟧</p><a class="btn">⟦a 立即下载原文⟧</a></div>
<div class="fb-kefu">⟦w 找不到合适的范本？加客服微信 fbw_kefu02 免费代找⟧</div>
<div class="fb-rel"><h4>⟦l 相关范本⟧</h4><ul><li>⟦l 办公家具采购合同⟧</li><li>⟦l 实木家具定制合同（简易版）⟧</li></ul></div>
<div class="fb-foot">⟦m 共享范本屋 © 2018-2024　蜀ICP备18022471号-2⟧</div>
</body></html>
""",
        p_html='<p class="fb-p">{}</p>',
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××××家具厂
第一条　甲方向乙方采购实木折叠屏风＿＿套，每套＿＿扇，单价＿＿元，总价＿＿元（大写：＿＿＿＿）。
第二条　屏风的木材、面料、尺寸和颜色以本合同附件所列样式为准，乙方不得擅自更换材料。
第三条　乙方应于＿＿年＿＿月＿＿日前将屏风送至甲方指定地点，并负责安装调试，运输费用由乙方承担。
第四条　甲方收货后7日内完成验收。屏风开裂、变形、合页松动或与样品不符的，甲方有权要求乙方更换。
第五条　甲方验收合格后15日内付清全部货款。
第六条　乙方逾期交货的，每逾期一日按合同总价的千分之三支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="yunxiangdoc-knife-rules-mixed-markers",
        site="匀享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yunxiangdoc.example.cn/d/7720190341.html",
        title="包装车间美工刀使用管理规定",
        record_title="〖班组安全制度〗包装车间美工刀使用管理规定（改单位名即用）",
        date=None,
        notes="sharing page as text: rules with 第N条, cut by page markers ⏖ n ⏗ (mixed: on a line of their own or "
        "glued with a space to the continuation); upload notice and download prompts; no date",
        page="""
!m 匀享文档 · 你的文档分享空间
!t 〖班组安全制度〗包装车间美工刀使用管理规定（改单位名即用）
!m 分享者：安全员阿坤　｜　2页　｜　上传于 2 个月前
!d 本文档由用户分享，匀享文档仅提供展示，如有侵权请点“申诉”
{BODY}
!a 文档已预览完，下载Word可直接修改使用
!a 〔免费下载〕　〔保存到我的空间〕
!l 大家还在看：仓库拆箱作业安全操作规程　车间劳保用品发放制度
""",
        pages=dict(fmt="⏖ {n} ⏗", every=130, start=2, glue="mix", sep=" "),
        body="""
第一条　为防止美工刀使用中发生割伤事故，结合包装车间实际，制定本规定。
第二条　本规定适用于包装车间全体员工及临时用工人员。
第三条　美工刀由班组长统一登记领用，每人限领一把，刀壳上贴本人工号。
第四条　使用美工刀时刀片伸出不得超过两格，划纸箱时刀口朝外、用力方向背离身体。
第五条　刀片变钝或缺口时，应在工具台用专用掰刀器更换，严禁用手直接掰断刀片。
第六条　美工刀用完应立即收回刀片并推到锁止位，不得放在衣兜内或随手放在流水线上。
第七条　废刀片投入车间专用废刀片盒，装满后由班组长封口交安全员处理。
第八条　违反本规定造成自己或他人受伤的，按公司安全生产奖惩办法处理。
第九条　本规定由安全环保部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="xichuan-edu-bolt-notice-attachment",
        site="蓰川教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xichuan.example.gov.cn/tzgg/2024/0511/3104.html",
        title="关于开展校园门窗插销及防护设施安全排查的通知",
        record_title="〔安全稳定〕关于开展校园门窗插销及防护设施安全排查的通知 - 蓰川教育网",
        date="2024-05-10",
        date_also=["2024-05-11"],
        notes="education bureau portal: large-print/screen-reader links, an attachment download link beside the "
        "document's 附件 line, the bureau's contact/phone/mailbox beside the site's technical line; a sentence "
        "asking schools to download the attachment; the page's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔安全稳定〕关于开展校园门窗插销及防护设施安全排查的通知 - 蓰川教育网</title>
<script src="/static/js/jquery-1.12.4.min.js"></script></head>
<body>
<div class="xc-top">⟦m 蓰川县教育体育局主办⟧　<a>⟦a 大字阅读⟧</a> <a>⟦a 读屏助手⟧</a>　<a>⟦a 教师登录入口⟧</a></div>
<div class="xc-logo"><img src="/img/logo.png" alt="蓰川教育网"><span>⟦m 蓰川教育网⟧</span></div>
<ul class="xc-menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 安全教育⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="xc-pos">⟦m 位置：首页 » 通知公告 » 正文⟧</div>
<div class="xc-article"><h2>{T}</h2>
<p class="xc-info">⟦m 作者：安全稳定股　　来源：县教育体育局　　时间：2024-05-11 10:26　　点击：1573⟧</p>
<div class="xc-text">
{BODY}
</div>
<p class="xc-file">⟦a 附件：门窗插销及防护设施排查整改台账.xls（点击下载，32KB）⟧</p>
<p class="xc-tools">⟦a 【打印本文】　【收藏本文】　【返回列表】⟧</p></div>
<div class="xc-foot"><p>⟦m 版权所有：蓰川县教育体育局　地址：蓰川县河西大道166号⟧</p>
<p>⟦m 技术支持：蓰川县电化教育馆　联系电话：0738-5631100⟧</p><p>⟦m 湘ICP备12003518号⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各乡镇中心学校，县直各学校：
近期，个别学校发生学生课间推搡时被门扇撞伤、窗户被风吹开撞碎玻璃等事件。为消除门窗安全隐患，县教育体育局决定在全县中小学开展门窗插销及防护设施安全排查。现将有关事项通知如下。
一、排查内容
重点排查教室、宿舍、实验室门窗插销是否缺失、松动、锈死，疏散通道门是否被插销反锁，高层窗户是否安装限位器。
二、时间安排
5月13日至24日各校自查整改，5月27日至31日县局组织抽查。
三、报送要求
请各校下载附件填写排查整改台账，于5月24日前报县局安全稳定股。
联系人：瞿若溪，电话：0738-5632017，邮箱：xcjyaq@xichuan.example.cn。
附件：门窗插销及防护设施排查整改台账
蓰川县教育体育局
2024年5月10日
""",
    ),
    dict(
        slug="aoshui-school-knife-plan-decimal",
        site="薁水教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.aoshuiedu.example.cn/syxx/aqjy/2024/0301/507.html",
        title="薁水县实验小学劳动课美工刀安全使用实施方案",
        record_title="薁水县实验小学劳动课美工刀安全使用实施方案 -〔平安校园〕- 薁水教育信息网",
        date="2024-02-26",
        date_also=["2024-03-01"],
        notes="education portal as text: a school plan with decimal headings 1.1–3.2; school's posting line "
        "differs from the 成文日期; font and print controls, prev/next",
        page="""
!m 薁水教育信息网　　学校频道 · 实验小学
!a 无障碍浏览　｜　关怀版
!m 您在这里：学校频道 > 实验小学 > 校园安全
{T}
!m 发稿：实验小学政教处　　审核：石慧芝　　发布：2024-03-01　　浏览：602
!a 〖字体 放大 还原〗〖打印〗〖关闭〗
{BODY}
!l 上一条：实验小学2024年春季开学安全工作安排
!l 下一条：实验小学防溺水安全教育致家长的一封信
!m 薁水县教育局主办　县教育信息中心维护　电话：0745-7102351
""",
        body="""
为保障劳动课、美术课上美工刀使用安全，结合我校实际，制定本方案。
1 适用范围
1.1 本方案适用于三至六年级劳动课、美术课中需要使用美工刀的教学活动。
1.2 一、二年级学生不使用美工刀，剪裁一律使用圆头剪刀。
2 管理措施
2.1 统一采购带自锁功能的小号美工刀，由各年级劳动教研组保管。
2.2 上课前由任课教师清点发放，下课前逐把收回，数量不符时不得下课。
2.3 教师在第一次使用前须示范“刀口向外、手在刀后”的握刀方法。
3 应急处置
3.1 各专用教室配备急救包，学生被划伤时，任课教师立即止血并通知校医。
3.2 伤口较深的，由班主任通知家长并陪同就医。
薁水县实验小学
2024年2月26日
""",
    ),
    dict(
        slug="hengyao-oa-lock-minutes-flow",
        site="恒钥锁业协同办公平台 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hengyao-lock.example.local/doc/view.do?id=20240612031",
        title="关于ZL-3型行李箱号码锁投诉整改的专题会议纪要",
        record_title="〔待办·已阅〕关于ZL-3型行李箱号码锁投诉整改的专题会议纪要 - 恒钥协同办公",
        date="2024-06-12",
        notes="OA document view: header with user and logout, left menu, document fields, 流转记录 table, read count, "
        "a mark-as-read button; minutes' 时间/地点/主持/参会/记录 lines; the meeting's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔待办·已阅〕关于ZL-3型行李箱号码锁投诉整改的专题会议纪要 - 恒钥协同办公</title>
<link rel="stylesheet" href="/oa/css/main.css"></head>
<body>
<div class="oa-head">⟦m 恒钥锁业 · 协同办公平台⟧　⟦m 当前用户：质检部 柯文静⟧　<a>⟦a 修改密码⟧</a> <a>⟦a 安全退出⟧</a></div>
<div class="oa-left"><ul><li>⟦m 我的待办(3)⟧</li><li>⟦m 公文查阅⟧</li><li>⟦m 会议纪要⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-main">
<table class="oa-fields"><tr><td>⟦m 文件类型：会议纪要⟧</td><td>⟦m 拟稿部门：总经理办公室⟧</td></tr>
<tr><td>⟦m 密级：公司内部⟧</td><td>⟦m 阅读次数：47⟧</td></tr></table>
<h3>{T}</h3>
<div class="oa-doc">
{BODY}
</div>
<div class="oa-btns"><button>⟦a 点此标为已阅⟧</button> <button>⟦a 转给同事阅⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<h4>⟦m 流转记录⟧</h4>
<table class="oa-flow"><tr><td>⟦m 2024-06-13 09:10 总经理办公室 訾晓岚 起草⟧</td></tr>
<tr><td>⟦m 2024-06-13 11:42 总经理 庹建国 签发⟧</td></tr>
<tr><td>⟦m 2024-06-13 14:05 分发至生产部、质检部、销售部、售后服务部⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 信息中心维护　分机 8016　仅限公司内网访问⟧</div>
</body></html>
""",
        body="""
时间：2024年6月12日下午2:30
地点：公司二楼第一会议室
主持：总经理　庹建国
参会：生产部、质检部、销售部、售后服务部负责人
记录：总经理办公室　訾晓岚
会议听取了售后服务部关于三位行李箱号码锁投诉情况的汇报，研究了整改措施。纪要如下：
一、5月份共收到“号码锁拨轮卡死”投诉63起，集中在ZL-3型，主要原因是拨轮内弹片热处理不到位。
二、质检部即日起对ZL-3型弹片实行逐批抽检，抽检比例由2%提高到5%。
三、生产部6月20日前完成库存ZL-3型号码锁的返工，返工品须经质检部复检合格方可出库。
四、售后服务部对已投诉用户免费更换新锁，并在7月底前完成回访。
""",
    ),
    dict(
        slug="shunchi-intranet-knife-bulletin-wps",
        site="顺驰物流内网 (invented, intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.0.12/shunchi/gwcy/detail?id=3391",
        title="关于仓储中心一起美工刀划伤事故的通报",
        record_title="关于仓储中心一起美工刀划伤事故的通报.wps",
        date="2024-07-05",
        notes="intranet export as text: file-name title, user and read-count lines, flow records below; a 抄送 "
        "line under the signature; 成文日期",
        page="""
!m 顺驰物流 · 内部办公系统　　公文查阅
!m 欢迎您，运营部 贾文岳　　｜　　退出登录
{T}
!m 发文部门：安全管理部　　密级：内部　　已阅 214 人
{BODY}
!m 【流转】07-05 16:20 安全管理部 发起　→　07-05 17:02 分管副总 审核　→　07-06 08:30 全员分发
!a 下载正文　｜　打印预览　｜　我已阅读
!d 本系统内容仅限公司员工查阅，禁止截图外传
""",
        indent="\u3000\u3000",
        body="""
各部门、各仓库：
7月3日上午，公司二号仓库拣货员邴某在拆包装箱时，美工刀刀片伸出过长，划箱时刀口朝向自己，刀片打滑划伤左手手腕，缝合六针，所幸未伤及肌腱。
经调查，事故的直接原因是邴某未按规定操作，刀片伸出长度超过三格；间接原因是仓库班组未开展岗前安全交底，现场也未配备防割手套。
为吸取教训，公司决定：
一、对二号仓库班组长韦某给予通报批评，扣发当月安全绩效；
二、各仓库即日起为拆箱岗位配发防割手套，并将普通美工刀更换为自动回刃安全刀；
三、安全管理部7月底前完成全员拆箱作业安全培训。
请各部门引以为戒，举一反三，坚决杜绝类似事故再次发生。
珦州顺驰仓储物流有限公司安全管理部
2024年7月5日
抄送：公司领导班子成员
""",
    ),
]
