"""holdout277, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-awan-essay-pillowcase-for-daughter",
        site="阿婉的针线笸箩 (invented WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://awan-zhenxian.example.com/2024/11/03/pillowcase/",
        title="给女儿缝一只枕套",
        record_title="【针线手记】给女儿缝一只枕套 – 阿婉的针线笸箩",
        date="2024-11-03",
        notes="a WordPress-like blog: post date line taken as the page's date, category and tag line, tag cloud, "
        "archive, calendar-free sidebar, prev/next posts and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【针线手记】给女儿缝一只枕套 – 阿婉的针线笸箩</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 阿婉的针线笸箩⟧</p><p class="site-description">⟦m 缝缝补补，也是过日子⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 针线手记⟧</a> <a>⟦m 厨房随笔⟧</a> <a>⟦m 关于阿婉⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 2024年11月3日 星期日　阿婉　分类：针线手记⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：蓝印花布 / 枕套 / 手缝⟧　⟦m 阅读(312)　评论(6)⟧</footer>
</article>
<nav class="post-nav">⟦l « 前一篇：腌一坛雪里蕻⟧　⟦l 后一篇：旧毛衣拆了织坐垫 »⟧</nav>
<section id="comments"><h3>⟦l 6 条留言⟧</h3>
<div class="comment">⟦l 衽口小梅：看哭了，我妈也给我缝过一只⟧</div>
<form>⟦a 发表留言（昵称和邮箱为必填）　提交留言⟧</form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 手缝 布艺 腌菜 旧物改造 蓝印花布 编织⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年11月 (4)⟧</li><li>⟦l 2024年10月 (7)⟧</li></ul></aside>
<footer class="site-footer">⟦m © 2024 阿婉的针线笸箩 · 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
女儿下个月要去外地读研，临走前嚷着要带一只“妈妈牌”枕套。我翻出压箱底的一块蓝印花布，量好尺寸，花了两个晚上缝了一只。
枕套不难做，难的是开口。女儿嫌拉链硌脸，我就照着老式样做了信封口，多留出十五厘米的布边反折过来，枕芯塞进去不会露。四周来回车了两道线，又用手缝把线头藏好。
缝好后先用温水泡了一遍，蓝印花布头一回下水会掉点色，泡过再用就放心了。晾干熨平，叠成小方块放进她的行李箱。
女儿说宿舍的枕套都是统一发的，白得晃眼，有了这只，晚上枕上去就像在家里。我没说什么，只是想起自己当年出门上学时，外婆也塞给我一只枕套，上面绣着一朵歪歪扭扭的梅花。
""",
    ),
    dict(
        slug="blog-linxia-essay-umbrella-stand-wrapped",
        site="林下听雨 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://linxiatingyu.example.net/post/2023/umbrella-stand.html",
        title="单位门口那只伞架",
        record_title="单位门口那只伞架｜雨天杂记·林下听雨",
        date=None,
        notes="an essay hard-wrapped at 58 columns; a 写于 line without a date (no date); blog header, read and comment "
        "counts, prev/next and a comment line",
        page="""
!m 林下听雨 — 一个人的雨天杂记
!m 首页 | 雨天杂记 | 读书 | 留言板
!t 单位门口那只伞架｜雨天杂记·林下听雨
!m 阅读 209 · 评论 3 · 喜欢 17
{BODY}
!l ← 上一篇：梅雨季的晾衣绳　　下一篇：门卫室的收音机 →
!l 3 条评论：@青苔：我们单位也有一只，后来被收废品的拿走了。
!m 林下听雨 © 2016—2025　本站文字均为原创，引用请注明出处
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
我们单位门口有一只铁皮伞架，刷着绿漆，十二个格子，在那里站了快二十年。
晴天没人看它一眼，下雨天它就成了最热闹的地方。早上八点前后，大家收了伞往格子里一插，湿漉漉的伞面挤在一起，滴下来的水顺着底盘流到门外。底盘是后来加的，以前没有，门厅地上一汪水，摔过两回人。
伞架也见过不少事。有人拿错了伞，第二天悄悄放回来，伞柄上多了一张便利贴；有人的伞一直没人领，门卫大爷就把它挪到最边上的格子，谁临时要用，拿去便是。
去年单位装修，有人提议换个新的不锈钢伞架。大爷没说话，把旧伞架擦得锃亮，又补了一遍漆。后来新伞架也来了，两只并排站着，一只亮，一只绿。
写于一个下雨的周二
""",
    ),
    dict(
        slug="wechat-qinhu-pet-litter-box-mistakes-h1",
        site="微阅存档 (invented WeChat-article mirror) of 衾湖宠物医院",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weiyuecundang.example.com/a/qinhu-pet/20250314-01.html",
        title="猫砂盆摆放和更换的五个误区，很多铲屎官都中招了",
        record_title=None,
        date="2025-03-14",
        notes="no title in the record: the article's <h1>; a star prompt glued before the first words; 原创 tag and "
        "account line (the page's date); 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>微阅存档</title>
<script src="/static/mirror.js"></script>
</head><body>
<div class="mirror-bar">⟦m 微阅存档 · 好文章不怕丢⟧　<a>⟦a 搜索公众号⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创⟧　⟦m 衾湖宠物医院　2025年3月14日 18:20　发表于衾湖⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧　⟦a 赞赏作者⟧　⟦l 分享　收藏　在看 86⟧</div>
<div class="qr">⟦a 长按识别二维码，预约猫咪体检⟧</div>
</div>
<div class="mirror-note">⟦d 本页内容由微阅存档自动收录，版权属原公众号，如需下架请留言⟧</div>
</body></html>
""",
        p_html='<p style="margin-bottom:12px;"><span style="font-size:16px;">{}</span></p>',
        body="""
⟦a 戳上方蓝字“衾湖宠物医院”，设为星标不迷路⟧很多猫咪乱尿，不是性格问题，而是猫砂盆没放对、猫砂没换对。门诊里常见的误区有五个。
误区一：猫砂盆放在饭碗旁边。猫天生不愿在进食的地方排泄，两者至少要隔开两米。
误区二：猫砂一次倒得太少。猫砂厚度最好在五到八厘米，太薄猫刨不出坑，会另找地方。
误区三：随意更换猫砂种类。换砂要新旧混合，用一周时间逐步过渡。
误区四：用香味很重的清洁剂洗盆。猫的嗅觉很灵敏，刺激性气味会让它拒绝进盆。
误区五：多猫家庭只放一个盆。一般建议猫砂盆数量比猫多一个。
如果调整之后猫咪仍然乱尿，或者排尿次数明显增多，请及时带它来院检查，排除泌尿系统疾病。
""",
    ),
    dict(
        slug="wechat-xunling-pledge-hot-meal-buckets",
        site="薰岭志愿汇 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.mirror.example.org/s/xunling-zyh-20241212",
        title="“一桶热饭”暖冬送餐倡议书",
        record_title="暖冬送餐｜“一桶热饭”暖冬送餐倡议书 · 薰岭志愿汇",
        date="2024-12-10",
        date_also=["2024-12-12"],
        notes="a WeChat mirror as text: the account's date differs from the date under the signature; a follow "
        "prompt, a read-count row, a 'share this pledge' sentence kept as content, a sign-up QR line",
        page="""
!m 薰岭志愿汇
!t 暖冬送餐｜“一桶热饭”暖冬送餐倡议书 · 薰岭志愿汇
!m 薰岭志愿汇　2024-12-12 08:02　薰岭
!a 点一下上面的名字，关注志愿汇，不错过每一次行动
{BODY}
!a 长按下方二维码，报名成为送餐志愿者
!l 阅读 2731　　赞 164　　在看 58
!l 往期回顾：暑期“清凉驿站”服务小结｜敬老院里的重阳节
""",
        indent="\u3000\u3000",
        body="""
全县广大志愿者、爱心商户和居民朋友们：
寒冬已至，清晨五点的街头，环卫工人已经开始清扫；中午时分，外卖骑手顾不上吃一口热饭。为了让他们在冬天吃上一顿热乎饭，薰岭县志愿者协会发起“一桶热饭”暖冬送餐行动，向大家发出如下倡议：
一、爱心商户每天多备几份饭菜，装入保温桶，放在门口的“爱心驿站”，供环卫工人、骑手免费取用。
二、志愿者认领送餐路线，每天上午十一点前把保温桶送到各驿站，饭后回收清洗。
三、居民朋友可以捐赠闲置的保温桶，也可以把这份倡议分享给身边的人，让更多人加入进来。
一桶热饭，温暖一座城。期待您的参与！
薰岭县志愿者协会
2024年12月10日
""",
    ),
    dict(
        slug="docshare-wenxiang-rules-pillowcase-linen-doc",
        site="文享网 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.wenxiang.example.com/doc/20250317/8806412.html",
        title="客房布草洗涤与更换管理制度",
        record_title="客房布草洗涤与更换管理制度.doc",
        date=None,
        notes="file-name title; a rule with 第N条 articles and no date; an upload notice, a points lock, a service "
        "WeChat, a rating row and related documents",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>客房布草洗涤与更换管理制度.doc-文享网</title>
<script src="/js/viewer.js"></script></head><body>
<div class="wx-top"><a href="/">⟦m 文享网 — 文档大家享⟧</a>　<a>⟦a 上传我的文档⟧</a>　<a>⟦a 登录｜加入文享⟧</a></div>
<div class="wx-crumb">⟦m 文享网 > 办公文档 > 规章制度 > 酒店管理⟧</div>
<div class="wx-doc"><h2>{T}</h2>
<div class="wx-file">⟦m 客房布草洗涤与更换管理制度.doc　大小：31KB　页数：2⟧</div>
<div class="wx-score">⟦l 评分：★★★★☆（4.3分，21人评）⟧</div>
<div class="wx-content">
{BODY}
</div>
<div class="wx-lock">⟦a 全文已展示80%，花费8积分即可下载原文件⟧</div>
<div class="wx-notice">⟦d 此文档由网友“客房小管家”分享，文享网不对内容的准确性负责，侵权内容将在核实后移除。⟧</div>
</div>
<div class="wx-side"><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 酒店客房部岗位职责汇编.doc⟧</li><li>⟦l 布草间管理规定.docx⟧</li></ul>
<p>⟦w 找不到想要的文档？客服微信：wxw_kefu07⟧</p></div>
<div class="wx-foot">⟦m 文享网 版权所有　闽ICP备23011807号⟧</div>
</body></html>
""",
        body="""
第一条　为规范客房布草（床单、被套、枕套等）的使用、洗涤和更换，保证客房卫生质量，制定本制度。
第二条　住客房间的枕套每日更换；续住客人要求不换的，应在床头放置“环保卡”并做好记录。
第三条　更换下来的枕套应放入布草车专用袋，不得扔在地面或走廊，严禁用枕套擦拭家具和卫生间。
第四条　布草送洗实行双人点数、双人签字，洗涤厂返回后逐件检查，发现污渍、破损的退回重洗或报损。
第五条　枕套出现黄斑、破洞、开线或者洗涤满二百次的，应作报损处理，由客房部登记后统一处置。
第六条　本制度由客房部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-daoke-request-umbrella-stands-markers",
        site="稻壳文档分享 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://share.daoke-doc.example.com/d/7Qm2x9",
        title="关于为村级便民服务站购置伞架的请示",
        record_title="关于为村级便民服务站购置伞架的请示【已审定稿，可直接修改】",
        date="2025-05-20",
        notes="a sharing page: the request cut by page markers ⊨ n ⊨ (glued with a space or on their own line); the "
        "request's own 联系人/联系电话 beside the site's service WeChat and phone",
        page="""
!m 稻壳文档分享　|　让好文档被看见
!t 关于为村级便民服务站购置伞架的请示【已审定稿，可直接修改】
!m 分享者：基层笔杆子　｜　2 页　｜　已被收藏 126 次
!a 收藏　｜　下载原文（VIP免费）　｜　举报
{BODY}
!a 以上为文档部分内容，完整版请下载后查看
!w 文档代找、材料代改请加客服微信 dkwd_2025，或拨打 0591-87630214
!d 本站文档均来自用户分享，如有侵权请联系客服删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⊨ {n} ⊨", every=70, start=2, glue="mix", sep=" "),
        body="""
县财政局：
为解决群众雨天到村级便民服务站办事没有地方放伞、地面湿滑等问题，我镇拟为辖区内23个村级便民服务站各购置不锈钢伞架1个、防滑地垫2块。经询价，伞架每个约380元，防滑地垫每块约120元，共需资金14260元。
我镇今年公用经费已基本用完，无力承担上述支出。为此，恳请县财政局给予专项经费支持。
妥否，请批示。
联系人：宓海生，联系电话：0831-6735018
宓坪镇人民政府
2025年5月20日
""",
    ),
    dict(
        slug="edu-jinchuan-notice-lunch-bucket-cleaning",
        site="衿川县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jinchuan.example.cn/tzgg/2025/0226/4471.html",
        title="关于加强学校午餐保温桶清洗消毒管理的通知",
        record_title="【食安提醒】关于加强学校午餐保温桶清洗消毒管理的通知 - 衿川教育",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="an education portal: screen-reader and large-print links, a technical-support line beside the notice's "
        "own 联系人/电话/邮箱, an attachment download link beside the 附件 list, 抄送 and 印发 lines; 'download "
        "annex 1' kept as content; the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【食安提醒】关于加强学校午餐保温桶清洗消毒管理的通知 - 衿川教育</title>
<script src="/js/accessible.js"></script></head><body>
<div class="top">⟦m 衿川县教育局⟧　<a>⟦a 大字版⟧</a>　<a>⟦a 语音读屏⟧</a>　<a>⟦a 教育邮箱⟧</a></div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 教育资讯⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 学生资助⟧</li></ul>
<div class="where">⟦m 首页 》通知公告 》正文⟧</div>
<div class="art"><h2>{T}</h2>
<div class="info">⟦m 发布：2025-02-26 16:05　来源：体卫艺股　点击：2217⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 相关附件：附件1.xls（下载次数：388）　附件2.pdf（下载次数：251）⟧</div>
<div class="close">⟦a 【打印正文】【关闭页面】⟧</div></div>
<div class="foot"><p>⟦m 主办：衿川县教育局　地址：衿川县城南路18号⟧</p><p>⟦m 技术支持：衿川县教育信息中心　电话：0831-6620100⟧</p><p>⟦m 蜀ICP备08014529号-1⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
春季开学在即，为切实保障学生午餐安全，现就加强保温桶清洗消毒管理有关事项通知如下。
一、每餐使用后的保温桶应当日清洗，内胆、桶盖和密封圈拆开分别刷洗，在消毒柜或沸水中消毒不少于15分钟。
二、清洗后的保温桶倒置沥干，存放在专用保洁柜内，不得与生食容器混放。
三、各校要建立保温桶台账，对内胆变形、密封圈老化的及时更换。
请各校下载附件1填写后，于3月7日前报县教育局体卫艺股。
联系人：钟晓岚，电话：0831-6620377，邮箱：twy@jinchuan.example.cn
附件：1.学校保温桶使用情况登记表
2.保温桶清洗消毒操作要点
衿川县教育局
2025年2月24日
抄送：县市场监督管理局。
衿川县教育局办公室　　2025年2月24日印发
""",
    ),
    dict(
        slug="edu-yishui-notice-roly-poly-toys-table",
        site="旖水县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.yishui.example.cn/xqjy/2025/0331/1206.html",
        title="关于举办全县幼儿园“不倒翁”主题自制玩教具评选活动的通知",
        record_title="〔学前教育〕关于举办全县幼儿园“不倒翁”主题自制玩教具评选活动的通知 - 旖水教体",
        date="2025-03-28",
        notes="an education bureau's page: a schedule table (one row a paragraph, cells apart by ideographic spaces); "
        "成文日期 in Chinese numerals; the page's posting date line sits in a meta line with views",
        page="""
!m 旖水县教育体育局　　【大字模式】【读屏】
!m 位置：首页 → 学前教育 → 通知公告
!t 〔学前教育〕关于举办全县幼儿园“不倒翁”主题自制玩教具评选活动的通知 - 旖水教体
!m 发稿科室：学前教育股　浏览：1106
{BODY}
!a 【打印本页】　【返回顶部】
!l 上一条：旖水县2025年秋季幼儿园招生工作安排
!m 版权所有：旖水县教育体育局　技术维护：县电教站　电话：0817-4402116
""",
        indent="\u3000\u3000",
        body="""
各幼儿园：
为推进幼儿园游戏化课程建设，鼓励教师利用本土材料开发玩教具，县教育体育局决定举办全县幼儿园“不倒翁”主题自制玩教具评选活动。现将有关事项通知如下。
一、参评要求：每园报送作品不超过3件，须以不倒翁原理为主题，材料安全环保，适合3至6岁幼儿操作。
二、时间安排
环节　时间　地点
园内初评　4月7日至4月18日　各幼儿园
作品报送　4月21日至4月25日　县教研室
现场展评　5月9日　县第二实验幼儿园
三、评选设一、二、三等奖，获奖作品将在全县推广使用。
旖水县教育体育局
二〇二五年三月二十八日
""",
    ),
    dict(
        slug="oa-renkou-minutes-pillowcase-quality",
        site="衽口家纺有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.renkou-home.example.com/doc/view?id=20250307-0031",
        title="枕套车间2月份质量分析会会议纪要",
        record_title="〔质检例会纪要〕枕套车间2月份质量分析会会议纪要（已归档）- 衽口家纺协同办公",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="an OA document view: the minutes' 时间/地点/主持/参会/记录 lines in the body, the 时间 line giving the "
        "date; the OA's release date differs; 流转记录, read count, a confirm-read button and the IT desk's line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔质检例会纪要〕枕套车间2月份质量分析会会议纪要（已归档）- 衽口家纺协同办公</title>
<script src="/oa/js/doc.js"></script></head><body>
<div class="oa-head">⟦m 衽口家纺 · 协同办公平台⟧　⟦m 当前用户：质检部 冯倩⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 / 会议纪要 / 查看⟧</div>
<div class="oa-doc"><h2>{T}</h2>
<div class="oa-meta">⟦m 拟稿：祁小满　签发：韦承志　发布：2025-03-07 09:12　已阅 57 人⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-btn">⟦a 阅毕确认　转发　导出PDF⟧</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-03-06 17:40 祁小满 起草⟧</p><p>⟦m 2025-03-07 08:55 韦承志 审核同意⟧</p><p>⟦m 2025-03-07 09:12 办公室 分发⟧</p></div></div>
<div class="oa-foot">⟦m 系统故障请拨信息部：8899⟧</div>
</body></html>
""",
        body="""
时间：2025年3月6日下午2:30
地点：公司三楼第二会议室
主持：生产副总　韦承志
参会：质检部、枕套车间、裁剪车间、仓储部负责人
记录：祁小满
会议通报了2月份枕套产品质量情况，研究了整改措施。纪要如下：
一、2月份枕套出厂抽检合格率为96.8%，主要问题是封边线迹不匀、信封口尺寸偏差，客户退货两批次。
二、会议决定，自3月10日起，枕套车间每台缝纫机首件检验合格后方可批量生产，质检部每两小时巡检一次。
三、裁剪车间调整信封口样板，尺寸偏差控制在正负5毫米以内。
四、仓储部对退回的两批次产品单独存放，由质检部在3月15日前完成复检。
""",
    ),
    dict(
        slug="intranet-yiqiao-bulletin-late-lunch-buckets",
        site="羿桥机械制造有限公司内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.yiqiao-mach.example.com/notice/2025/1117/315.html",
        title="关于食堂送餐保温桶超时配送问题的通报",
        record_date="2025-11-17",
        date="2025-11-17",
        notes="title and date from the record; the notice's own 内线 number beside the IT desk's line; intranet "
        "header, read count and a bottom toolbar",
        page="""
!m 羿桥机械 · 员工之家
!m 公告通知 ＞ 行政通报
{T}
!m 发布部门：公司办公室　阅读：684
!a 下载附件　｜　打印　｜　返回列表
{BODY}
!m 内网技术支持：信息中心 8100
""",
        body="""
各部门、各车间：
11月12日至14日，公司食堂为夜班车间送餐时，连续三天出现保温桶超时送达的情况，最长延误42分钟，部分员工反映饭菜变凉。经后勤保障部调查，原因是送餐人员临时调整后交接不清，送餐车辆被占用。
为严肃工作纪律，经研究，对食堂负责人毕成通报批评，扣减当月绩效考核分5分。
请后勤保障部重新核定送餐路线和时间，保温桶出发前、送达后各测一次温度并登记，送达时温度低于60摄氏度的，食堂应当重新加热。各车间发现送餐超时的，请拨打内线8026反映。
羿桥机械制造有限公司办公室
2025年11月17日
""",
    ),
]
