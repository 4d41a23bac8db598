"""holdout304, part B: blogs, WeChat mirrors, document-sharing pages, education portals and
intranets (each once as HTML and once as text). Every case written by hand. Invented text;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-banchuang-essay-camphor-vanity-box",
        site="半窗书影 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://banchuangshuying.blog/2025/11/camphor-box/",
        title="外婆的樟木梳妆盒",
        record_title="【旧物闲笔】外婆的樟木梳妆盒 ∥ 半窗书影",
        date=None,
        notes="WordPress-like blog: tag cloud, archive, recent comments, comment form, a 'modified 5 days ago' stamp (no date); a tip-jar line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>【旧物闲笔】外婆的樟木梳妆盒 ∥ 半窗书影</title>
<link rel="stylesheet" href="/wp-content/themes/inkpaper/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 半窗书影⟧</p><p class="site-description">⟦m 一扇半开的窗，几本翻旧的书⟧</p>
<nav>⟦m 首页　旧物记　读书札　关于我⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：旧物记　·　最后修改：5 天前　·　阅读 688⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆 樟木 梳妆盒 老物件⟧</footer>
<nav class="post-nav">⟦l ← 上一篇 那台蝴蝶牌缝纫机⟧　⟦l 下一篇 院墙上的丝瓜 →⟧</nav>
<section id="comments"><h3>⟦l 4 条回应⟧</h3>
<p>⟦l 青苔：我外婆也有一只，是红漆的，后来被舅舅拿去装螺丝了。⟧</p>
<p>⟦l 远山淡影：读到老花镜那里，眼睛一热。⟧</p>
<form><label>⟦l 留下你的回应⟧</label><textarea></textarea><button>⟦a 提交回应⟧</button></form></section>
</article></main>
<aside class="widget-area">
<section><h2>⟦l 标签云⟧</h2><p>⟦l 旧物 外婆 读书 江南 手艺 节气⟧</p></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年十一月 (3)⟧</li><li>⟦l 2025年十月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦d 本站文字为半窗原创，转载请留言告知。⟧ ⟦m 由 WordPress 驱动 · 主题 InkPaper⟧</footer>
</body></html>
""",
        body="""
外婆的梳妆盒是樟木做的，比一本字典大一些，盒盖上刻着两枝梅花，铜搭扣早就磨得发亮。
小时候我最爱趁外婆午睡时打开它。盒盖里面嵌着一面椭圆的小镜子，下面分成三格：一格放木梳和篦子，一格放发夹和一小盒蛤蜊油，最里面那格放着一块叠得方方正正的手帕，手帕里包着外公年轻时的照片。
樟木的味道很冲，打开盖子，整间屋子都是那股清凉的香气。外婆说，樟木不招虫，东西放几十年都不会坏。
外婆走后，梳妆盒传到了母亲手里。前些天回家，我看见它放在母亲的床头柜上，木梳还在，多了一副母亲的老花镜。⟦a 喜欢这篇就请半窗喝杯茶 ☕⟧
""",
    ),
    dict(
        slug="blog-laojiao-electrician-bamboo-ladder-wrapped",
        site="老焦的电工日记 (invented blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://laojiaodiangong.blog.cn/post/2025/0321/",
        title="竹梯为什么还留在我们电工班",
        record_title="【工地笔记】竹梯为什么还留在我们电工班 — 老焦的电工日记",
        date=None,
        notes="a blog post as text, hard-wrapped at 68 columns; a relative post time (2 周前), no date; archive and comment lines at the bottom",
        page="""
!m 老焦的电工日记
!m 一个老电工的碎碎念
!t 【工地笔记】竹梯为什么还留在我们电工班
!m 老焦　发布于 2 周前　|　分类：工地笔记　|　评论 9
{BODY}
!l 本文标签：竹梯 绝缘 登高 电工
!l « 前一篇：剥线钳用了十年的体会
!l 后一篇：夏天进配电房先做三件事 »
!l 文章归档：2025年3月（4篇）　2025年2月（6篇）
!d 本博客文章仅代表个人经验，具体操作以单位安全规程为准。
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
班里新来的小伙子问我，仓库里明明有铝合金梯子，为什么师傅们出去干活还扛着那两架旧竹梯。
我告诉他，铝梯轻，可它导电。我们干的是带电作业附近的活儿，万一梯子碰到带电的线，铝梯就成了通路。竹梯只要保持干燥，绝缘性能比金属梯好得多。
当然，竹梯也有讲究。每次出工前，我都要把梯子立起来，从下往上一格一格地摇横档，看有没有松动；再看梯帮有没有裂纹、有没有被虫蛀。下过雨的竹梯，一定要晾干了再用。
这两架竹梯已经在班里用了七年，每年都送去做一次绝缘试验。只要试验合格，我就还让它们跟着大家出工。
""",
    ),
    dict(
        slug="wechat-suoling-police-key-lockbox-h1",
        site="公号拾遗 (invented WeChat mirror) / 簑岭公安",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gonghaoshiyi.com/a/suolinggongan/20251011_41882.html",
        title="门口挂的密码钥匙盒，可能正被小偷盯上",
        record_title=None,
        date="2025-10-11",
        notes="no record title: the h1 holds it; the account line is the page's date; a follow prompt glued before the first words; 阅读原文/在看 rows and the mirror's archive note; a police station's phone in the body; 'forward this to your parents' as content",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>公号拾遗 - 公众号文章存档</title>
<script>var gzh_mirror={acc:"suolinggongan"};</script></head><body>
<div class="mirror-top">⟦m 公号拾遗 · 好文章不该消失⟧ <a>⟦a 提交公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　簑岭公安　2025-10-11 18:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注簑岭公安⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 分享　收藏　在看 208　赞 356⟧</div>
<div class="cmt"><h4>⟦l 精选留言⟧</h4><p>⟦l 阿福奶奶：我家门口那个明天就拆了⟧</p><p>⟦l 小区保安老罗：已转发业主群⟧</p></div>
</div>
<div class="mirror-note">⟦d 本页为公号拾遗自动存档，内容版权归原公众号所有，如需删除请来函。⟧</div>
<div class="mirror-foot">⟦m 公号拾遗 gonghaoshiyi.com　京ICP备24011873号⟧</div>
</body></html>
""",
        body="""
⟦a ↑ 轻点上方“簑岭公安”，设为星标不迷路⟧最近，城区几个小区的居民反映，挂在自家门把手或电表箱上的密码钥匙盒有被撬动的痕迹。
民警提醒，密码钥匙盒方便家人和保洁、维修人员进门，但也容易被不法分子盯上。有人会在楼道里偷看输入密码，有人直接用工具撬开盒子。
为此，请大家注意以下几点：
1.尽量不要把钥匙盒挂在门口显眼的位置；
2.确需使用的，选用带防撬报警的钥匙盒，并定期更换密码；
3.不要把密码写在快递单、门框或便条上。
发现可疑人员，请立即拨打110，或联系城关派出所值班电话0739-7364110。也请把这篇提醒转发给家中老人。
""",
    ),
    dict(
        slug="wechat-peixi-women-hanger-exchange-notice",
        site="公号拾遗 (invented WeChat mirror) / 珮溪女声",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gonghaoshiyi.com/a/peixinvsheng/20250419_30917.html",
        title="关于开展“旧衣架换新绿”环保兑换活动的通知",
        record_title="关于开展“旧衣架换新绿”环保兑换活动的通知 ｜ 珮溪女声 · 公号拾遗",
        date="2025-04-18",
        date_also=["2025-04-19"],
        notes="WeChat mirror as text: a star prompt glued before the salutation, an account line dated the day after the 成文日期; 扫码报名 and 关注 as content; 阅读原文/在看 rows",
        page="""
!m 公号拾遗 · 公众号文章存档
{T}
!m 珮溪女声　2025-04-19 08:00
{BODY}
!a 阅读原文
!l 在看 57　　分享　　赞 93
!a 长按二维码关注珮溪女声
!d 本文由公号拾遗存档，版权归原作者。
""",
        body="""
⟦a 把“珮溪女声”设为星标，第一时间收到活动消息⟧各镇妇联、各村（社区）妇联：
为倡导绿色生活方式，县妇联定于4月26日在县文化广场开展“旧衣架换新绿”环保兑换活动。现将有关事项通知如下：
一、兑换办法。居民每交回10个完好的旧挂衣架，可兑换绿萝或多肉盆栽1盆，每户限兑3盆，兑完为止。
二、回收去向。收回的挂衣架经清洗消毒后，统一捐赠给县社会福利院和城区环卫工人驿站。
三、报名方式。各村（社区）请于4月23日前扫描活动海报上的二维码报名，群众也可关注“珮溪女声”公众号了解活动进展。
珮溪县妇女联合会
2025年4月18日
""",
    ),
    dict(
        slug="docshare-zhiye-rules-classroom-coat-hooks-wps",
        site="知页共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.zhiyeshare.com/doc/88f30c6b71.html",
        title="縢溪县第二中学教室衣帽钩使用管理规定",
        record_title="縢溪县第二中学教室衣帽钩使用管理规定.wps",
        date=None,
        notes="file-name record title (.wps); a sharing page with an upload notice, a points lock and a service WeChat; rules with 第N条 articles that speak of 扫码报修 and 打印 as content; only an effective clause (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>縢溪县第二中学教室衣帽钩使用管理规定.wps-知页共享</title>
<script src="//static.zhiyeshare.com/reader.js"></script></head><body>
<div class="zy-head"><a href="/">⟦m 知页共享⟧</a> <span>⟦m 知识一页页攒起来⟧</span> <a href="/up">⟦a 传文档领积分⟧</a></div>
<div class="zy-crumb">⟦m 知页共享 › 教育管理 › 学校制度⟧</div>
<h1>{T}</h1>
<div class="zy-info">⟦m 格式：WPS　大小：27KB　页数：2　分享人：松间明月⟧</div>
<div class="zy-notice">⟦d 温馨说明：本文档由用户上传分享，知页共享不对内容的准确性负责，若有侵权请联系下架。⟧</div>
<div class="zy-doc">
{BODY}
</div>
<div class="zy-lock">⟦a 完整下载需 6 积分，当前积分不足⟧ <button>⟦a 去赚积分⟧</button></div>
<div class="zy-kefu">⟦w 找不到想要的制度？知页小助手微信：zhiye_xzs⟧</div>
<div class="zy-more"><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 班级物品摆放管理细则⟧</li><li>⟦l 学生储物柜管理办法⟧</li></ul></div>
<footer>⟦m 知页共享 zhiyeshare.com　闽ICP备22047719号⟧</footer>
</body></html>
""",
        body="""
第一条　为规范教室衣帽钩的使用，保持教室整洁，防止学生磕碰受伤，制定本规定。
第二条　每间教室后墙统一安装圆头衣帽钩，安装高度为1.4米，钩头朝下，不得使用尖头挂钩。
第三条　衣帽钩只用于悬挂外套、帽子和雨具，不得悬挂书包、水壶等重物，不得在钩上攀爬、吊挂。
第四条　班主任指定一名值日生每天检查衣帽钩，发现松动、脱落的，扫描教室门口的报修二维码报修，后勤处两个工作日内修复。
第五条　后勤处每学期打印一份衣帽钩检查记录表，交年级组存档。
第六条　本规定自印发之日起施行，由学校后勤处负责解释。
""",
    ),
    dict(
        slug="docshare-zhan-contract-vanity-box-markers",
        site="栈文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://zhanwendang.com/d/5529107.html",
        title="梳妆盒定制加工合同",
        record_title="梳妆盒定制加工合同.docx",
        date=None,
        notes="file-name record title (.docx); a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; page markers (✳ n/4 ✳) cut sentences, glued to the continuation or on lines of their own; no date",
        page="""
!m 栈文档 — 好文档都在这一栈
!m 合同范本 / 加工承揽
{T}
!m 上传于 4 天前　·　4 页　·　下载 62
!d 本文档由网友上传，栈文档仅提供信息存储空间，不对内容负责。
{BODY}
!a 下载本文档需 3 栈豆，开通月卡免豆下载
!l 猜你还需要：木制品加工合同　工艺品采购合同　委托加工协议
""",
        pages=dict(fmt="✳ {n}/4 ✳", every=100, start=2, glue=True, sep=" "),
        body="""
定作方（甲方）：××工艺品有限公司
承揽方（乙方）：××木器加工厂
第一条　甲方委托乙方加工梳妆盒＿＿只，规格为长＿＿厘米、宽＿＿厘米、高＿＿厘米，材质为＿＿＿＿，盒内镶嵌镜面一块。
第二条　每只单价＿＿元，合同总价＿＿元（大写：＿＿＿＿＿＿）。
第三条　乙方应于＿＿年＿＿月＿＿日前将全部产品送至甲方指定仓库，逾期每日按合同总价的千分之＿＿支付违约金。
第四条　甲方收货后七日内验收，镜面破损、盒盖合不严、漆面起泡的，乙方负责免费更换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-peixi-notice-coat-hook-height-html",
        site="珮溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.peixixian.gov.cn/xwzx/tzgg/202508/t20250822_61420.html",
        title="关于规范中小学教室衣帽钩安装位置的通知",
        record_title="【护苗安全】关于规范中小学教室衣帽钩安装位置的通知 - 珮溪县教育局",
        date="2025-08-20",
        date_also=["2025-08-22"],
        notes="education portal: 关怀版/读屏 links, an attachment download link next to the notice's own 附件 list, the notice's contact and mailbox next to the site's technical line; page date differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【护苗安全】关于规范中小学教室衣帽钩安装位置的通知 - 珮溪县教育局</title>
<script src="/res/px-edu.js"></script></head><body>
<div class="edu-top">⟦m 珮溪县教育局⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 读屏模式⟧</a> <a>⟦a EN⟧</a></div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="edu-loc">⟦m 您当前的位置：首页 &gt;&gt; 通知公告⟧</div>
<h2 class="edu-title">{T}</h2>
<div class="edu-meta">⟦m 发布日期：2025-08-22　发布科室：安全稳定科　浏览：976⟧</div>
<div class="edu-text">
{BODY}
</div>
<div class="edu-attach">⟦a 附件下载：衣帽钩安装自查表.xlsx（14KB）⟧</div>
<div class="edu-pn">⟦l 上一条：2025年秋季学期开学安全检查安排⟧<br>⟦l 下一条：关于做好学生午休管理的通知⟧</div>
<div class="edu-foot">⟦m 珮溪县教育局主办　网站技术支持电话：0743-6120099⟧<br>⟦m 湘ICP备16020381号-3⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近期，有学校发生学生弯腰起身时被教室衣帽钩划伤额头的情况。为消除安全隐患，现就规范教室衣帽钩安装位置通知如下：
一、教室衣帽钩应安装在后墙或走廊一侧，不得安装在讲台、门框和窗户附近。
二、安装高度：小学1.2米至1.4米，初中、高中1.5米至1.7米，幼儿园按幼儿身高另行确定。
三、尖头、钩尖外翘的衣帽钩一律更换为圆头或折叠式衣帽钩。
请各校于9月10日前完成自查整改，填写自查表报安全稳定科。
联系人：彭婉清　电话：0743-6121316　邮箱：pxjyaq@163.com
附件：衣帽钩安装自查表
珮溪县教育局
2025年8月20日
""",
    ),
    dict(
        slug="edu-tengxi-summary-hanger-recycling-record-title",
        site="縢溪教育网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.tengxiedu.cn/xxdt/2025/0630/7712.html",
        title="縢溪县实验小学“衣架回家”环保实践活动总结",
        date="2025-06-27",
        notes="education site as text: record title as is; a data table; a 'read on phone' scan line and a font row; the signature date",
        page="""
!m 縢溪教育网
!m 首页 → 学校动态 → 正文
{T}
!m 作者：校德育处　　时间：2025-06-30　　阅读：431
!a 〖放大〗〖缩小〗〖还原〗
{BODY}
!a 用手机扫一扫，在手机上继续读
!l 上一篇：实验小学举行一年级入队仪式
!l 下一篇：縢溪县第二中学开展防溺水教育
!m 縢溪县教育局主办　縢溪县教育信息中心维护
""",
        indent="\u3000\u3000",
        body="""
为培养学生的环保意识，5月以来，学校德育处在全校开展了“衣架回家”环保实践活动，引导学生把家中闲置、破损的挂衣架带到学校集中回收。现将活动情况总结如下。
一、活动开展情况
活动共持续四周，全校24个班级1036名学生参加，共回收挂衣架4318个。
衣架种类　数量（个）　去向
塑料衣架　2960　送再生资源回收站
金属衣架　872　送再生资源回收站
木质衣架　486　清洗后捐给敬老院
二、活动收获
学生们通过分类、清点衣架，学会了区分可回收物，不少家长也主动参与进来。
三、不足与改进
部分班级回收的衣架混入了其他垃圾，下学期将提前做好分类指导。
縢溪县实验小学德育处
2025年6月27日
""",
    ),
    dict(
        slug="oa-xiaojiaotou-bulletin-vehicle-key-box",
        site="洨阳交通投资集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.xjtjt.local/document/view?id=20250623-0147",
        title="关于部分单位车辆钥匙盒管理不到位问题的通报",
        record_title="〔待阅·公文〕关于部分单位车辆钥匙盒管理不到位问题的通报 - 洨交投协同办公",
        date="2025-06-23",
        notes="an OA document view: 流转记录, read count, a 标记已读 button, a 文号 line (neutral); 抄送 and 印发 lines; the IT desk's extension at the bottom",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔待阅·公文〕关于部分单位车辆钥匙盒管理不到位问题的通报 - 洨交投协同办公</title>
<script src="/static/oa/main.9f2c.js"></script><style>.oa-side{width:180px}</style></head><body>
<div class="oa-top">⟦m 洨交投协同办公平台⟧　<span>⟦m 当前用户：林芷若（综合部）⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="oa-side"><ul><li>⟦m 我的待办 (6)⟧</li><li>⟦m 我的待阅 (14)⟧</li><li>⟦m 公文查询⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-main">
<div class="oa-bar"><button>⟦a 标记已读⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 打印正文⟧</button> <button>⟦a 返回列表⟧</button></div>
<div class="doc">
<p class="docno">洨交投办〔2025〕58号</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-06-23 15:02　拟稿：安全保卫部 夏一鸣⟧</p>
<p>⟦m 2025-06-23 16:40　核稿：办公室 尹书成⟧</p>
<p>⟦m 2025-06-24 09:12　签发：副总经理 柏岩⟧</p></div>
<div class="oa-read">⟦m 已阅 117 人　未阅 23 人⟧</div>
</div>
<div class="oa-foot">⟦m 系统使用问题请拨信息中心分机 8006⟧</div>
</body></html>
""",
        body="""
集团各部室、各子公司：
6月中旬，集团安全保卫部对各单位车辆钥匙盒管理情况进行了抽查。抽查发现，3家子公司存在钥匙盒长期不上锁、钥匙借出不登记、备用钥匙由驾驶员个人保管等问题，其中城建公司一辆工程车钥匙丢失后一周才上报。
现对城建公司、物业公司、公路养护公司予以通报批评，并提出以下要求：
一、各单位车辆钥匙一律存放在带锁钥匙盒内，钥匙盒由车管员专人保管。
二、钥匙借出、归还须当场登记，记录保存一年。
三、各单位于7月5日前完成整改，整改报告报集团安全保卫部。
洨阳交通投资集团有限公司
2025年6月23日
抄送：集团领导班子成员。
洨阳交通投资集团有限公司办公室　　2025年6月23日印发
""",
    ),
    dict(
        slug="oa-binchuan-power-minutes-bamboo-ladder",
        site="鬓川供电协同系统 (invented intranet), text export",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://xt.bcgd.local/meeting/minutes/2025-0709-03",
        title="登高作业竹梯专项检查工作会议纪要",
        record_title="[纪要存档] 登高作业竹梯专项检查工作会议纪要 - 鬓川供电协同系统",
        date="2025-07-09",
        notes="an intranet export: the 时间/地点/主持/参会/记录 lines of minutes; the 时间 line gives the date; export stamp and a read-receipt button",
        page="""
!m 鬓川供电协同系统　>　会议管理　>　纪要查看
!m 导出人：王沁　导出时间：2025-07-11 10:26
!a [回执已阅]　[下载附件]　[导出PDF]
{T}
{BODY}
!m 本纪要共分发 9 个班组　已确认 7　未确认 2
!d 内部资料　注意保密　不得外传
""",
        body="""
时间：2025年7月9日下午3时
地点：公司三楼第二会议室
主持：副总经理　朱文涛
参会：安监部、运检部、配电运检一班至六班负责人
记录：安监部　王沁
会议听取了安监部关于全公司竹梯专项检查情况的汇报。本次共检查竹梯58架，合格46架，横档松动、梯脚防滑套缺失等不合格12架，已全部停用。
会议议定：
一、不合格竹梯由运检部统一报废，8月底前补充购置绝缘竹梯12架。
二、各班组建立竹梯台账，出工前由工作负责人检查并签字。
三、安监部每季度组织一次竹梯绝缘试验，试验不合格的立即停用。
""",
    ),
]
