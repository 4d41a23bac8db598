"""holdout43, part A: a lighthouse station, a sturgeon hatchery, a glacier station and others
on 范文 sites, 文库 previews, portals, news, forums, blogs, mirrors and sharing pages.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-denglu-lighthouse-speech-keeper-day",
        site="灯录范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.denglufw.example.com/jianghua/2025/7731.html",
        title="在汐岬灯塔站守塔人节座谈会上的讲话",
        record_title="【精选】在汐岬灯塔站守塔人节座谈会上的讲话（通用3篇）",
        date="2025-08-06",
        notes="decorated title; date under the speech title; speaker line neutral; a copy-lock row and a writer prompt glued after a sentence; hot list at the bottom",
        page="""
!m 灯录范文网——写材料，先来灯录
!m 首页 › 讲话致辞 › 座谈会讲话
!t 【精选】在汐岬灯塔站守塔人节座谈会上的讲话（通用3篇）
!m 投稿人：海边小舟　　阅读 2,316 次
!a 本篇需登录后方可一键复制　【立即登录】
汐岬县交通运输局党组书记、局长　韦承涛
（2025年8月6日）
{BODY}
!a 下一篇写得更好？点此换一篇>>
!l 大家还在看：
!l · 航道养护工作总结范文
!l · 港口安全生产讲话稿（6篇）
!l · 渔港整治方案模板
!d 本站文章均由用户投稿，仅作写作参考，如有雷同纯属巧合。
""",
        body="""
同志们：
今天我们在灯塔下召开座谈会，向长年坚守海岛的守塔人致以崇高的敬意。
汐岬灯塔建成六十二年来，三代守塔人接力值守，保障了过往船舶的航行安全。⟦w 材料不会写？资深笔杆子一对一代笔，微信 dlfw_2025⟧
去年以来，站里完成了灯器更换和太阳能供电改造，灯光射程由十八海里提高到二十二海里。
希望大家继续发扬以岛为家、甘于寂寞的精神，把这盏灯守好、把这片海护好。
""",
    ),
    dict(
        slug="wenku-xunbao-sturgeon-plan-pages",
        site="寻宝文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.xunbao.example.cn/p-88120931.html",
        title="鲟湾县鲟鱼增殖放流活动实施方案",
        record_title="鲟湾县鲟鱼增殖放流活动实施方案.docx",
        date="2025-03-18",
        notes="file-name title; page markers ⦑N⦒ on lines of their own cutting sentences; preview-end prompt; 成文日期 under the signature",
        pages=dict(fmt="⦑{n}⦒", every=70, start=2),
        page="""
!m 寻宝文库 | 海量文档 一站寻宝
!t 鲟湾县鲟鱼增殖放流活动实施方案.docx
!m 页数：4　大小：31KB　上传于：2025-03-20
!a 收藏　举报　下载券：2
{BODY}
!a —— 预览到此为止，剩余2页请下载后阅读 ——
!a 立即下载（需2下载券）
!l 相似文档：增殖放流活动总结 | 鱼苗采购合同 | 水生生物保护宣传稿
""",
        body="""
为保护珍稀水生生物资源，经研究，决定于4月中旬在鲟湾江段开展鲟鱼增殖放流活动，特制定本方案。
一、放流品种和数量。本次放流中华鲟幼鱼二千尾、达氏鲟幼鱼五千尾，苗种由县鲟鱼繁育场提供。
二、放流地点。鲟湾镇下码头至青石滩江段，由县农业农村局负责现场标识。
三、工作要求。各有关单位要加强协作，做好苗种检疫、运输保活和放流后的跟踪监测。
鲟湾县农业农村局
2025年3月18日
""",
    ),
    dict(
        slug="gov-binghao-glacier-notice-html-portal",
        site="冰岙县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.binghao.example.gov.cn/zwgk/tzgg/202506/t20250612_41022.html",
        title="关于冰川观测区夏季限制进入的通告",
        record_title=None,
        date="2025-06-12",
        notes="HTML portal, no record title (found in h1); elder-mode and read-aloud toolbar; byline 发布日期 and 成文日期 agree; 索引号 table; footer with 网站标识码 and 备案; the document's own 咨询电话 kept",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于冰川观测区夏季限制进入的通告_冰岙县人民政府</title>
<script>var _hmt = _hmt || [];</script></head>
<body>
<div class="toolbar">⟦a 长者模式⟧ ⟦a 朗读本页⟧ ⟦a 繁體⟧</div>
<div class="logo">⟦m 冰岙县人民政府　雪域冰岙 清凉之城⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 办事服务⟧</li><li>⟦l 互动交流⟧</li></ul>
<div class="pos">⟦m 您现在所处位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11653024-3/2025-00187⟧</td><td>⟦m 发布机构：冰岙县自然资源局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-06-12⟧</td><td>⟦m 主题分类：国土资源、能源⟧</td></tr></table>
<h1>关于冰川观测区夏季限制进入的通告</h1>
<div class="art">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦a 【收藏】⟧</div>
<div class="ft"><p>⟦m 主办：冰岙县人民政府办公室　网站标识码：6530240011⟧</p><p>⟦m 新ICP备18004421号-1⟧</p>
<p>⟦d 未经授权禁止转载本网内容⟧</p></div>
</body></html>
""",
        body="""
为保障游客和科研人员安全，保护冰川观测设施，现就冰川观测区夏季限制进入有关事项通告如下。
一、自2025年6月15日至9月15日，冰岙冰川观测区核心区禁止游客进入，科研人员进入须提前报备。
二、冰舌前缘五百米范围内设置警戒线，任何单位和个人不得擅自移动观测标桩。
三、违反本通告的，由有关部门依法处理。
咨询电话：0906-5521870（冰岙冰川观测站值班室）
冰岙县自然资源局
2025年6月12日
""",
    ),
    dict(
        slug="news-puchuan-grape-festival-html",
        site="葡川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.puchuan.example.com/2025/09/03/a18823.shtml",
        title="葡川县第六届葡萄采摘节开幕",
        record_title="葡川县第六届葡萄采摘节开幕 - 葡川新闻网",
        date="2025-09-03",
        notes="HTML news portal; decorated title (site suffix); byline time as the page date; photo caption and an editor line glued after the last paragraph; hot ranking and 24-hour list",
        page="""
<html><head><meta charset="gbk"><title>葡川县第六届葡萄采摘节开幕 - 葡川新闻网</title></head><body>
<div id="top">⟦m 葡川新闻网　主流声音 葡川之窗⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="nav">⟦l 要闻 | 乡镇 | 民生 | 视频 | 专题⟧</div>
<h1>⟦t 葡川县第六届葡萄采摘节开幕⟧</h1>
<div class="info">⟦m 2025-09-03 10:42　来源：葡川融媒　记者 俞晓岚⟧</div>
<div class="fontsize">⟦a 字号 A+ A-⟧</div>
<div class="text">
{BODY}
<p class="pic">⟦m 图为游客在葡萄园采摘。俞晓岚 摄⟧</p>
</div>
<div class="rank"><h3>⟦l 点击排行⟧</h3><ol><li>⟦l 县城至火车站公交线路调整⟧</li><li>⟦l 秋季开学安全提示⟧</li><li>⟦l 葡川一中新校区启用⟧</li></ol></div>
<div class="foot">⟦d 葡川新闻网版权所有，转载须注明出处⟧<br>⟦m 互联网新闻信息服务许可证：65120250017⟧</div>
</body></html>
""",
        body="""
9月3日上午，葡川县第六届葡萄采摘节在沙枣湾葡萄种植合作社开幕。
本届采摘节为期二十天，推出采摘体验、酿酒工坊参观和农产品展销等十余项活动。
合作社理事长马永福介绍，今年全社葡萄种植面积达到一千二百亩，预计产量比去年增长一成半。
县农业农村局负责人表示，将持续推动葡萄产业与乡村旅游融合发展。⟦m （责编：阿依古丽）⟧
""",
    ),
    dict(
        slug="forum-haibin-lighthouse-visit-junk",
        site="海滨驴友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.haibinlvyou.example.com/thread-55201-1-1.html",
        title="汐岬灯塔站开放日参观须知",
        record_title="[转帖] 汐岬灯塔站开放日参观须知（周末有去的吗）",
        date="2025-05-16",
        date_also=["2025-05-14"],
        notes="forum repost: decorated title with a hook; forum junk lines and glued junk; floor meta and a post time; the document's signature date preferred, the post time also accepted; reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 海滨驴友论坛 › 户外活动 › 出行信息
!t [转帖] 汐岬灯塔站开放日参观须知（周末有去的吗）
!m 楼主：浪里白条　发表于 2025-5-16 21:07　只看该作者
!m 查看: 812　|　回复: 14
{BODY}
!m 本帖最后由 浪里白条 于 2025-5-16 21:10 编辑
!l 沙发　海风吹吹　发表于 2025-5-16 21:33
!l 周六一起啊，我开车
!l 回复　支持(3)　反对(0)
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
为展示航标文化，汐岬灯塔站定于5月24日举办开放日活动，现将参观有关事项告知如下。
参观时间为当日上午九时至下午四时，每批次不超过二十人。登塔须由工作人员带领，儿童须有成人陪同。
参观者请穿防滑鞋，不得触碰灯器和配电设备，不得在塔顶平台攀爬护栏。
请参观者提前在站门口扫码登记，凭登记信息入站。
汐岬灯塔站
2025年5月14日
""",
    ),
    dict(
        slug="blog-xunyu-hatchery-worker-insight",
        site="鲟语者的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.xunyuzhe.example.net/post/2025-02-28/418",
        title="在鲟鱼繁育场当技术员的第十年",
        record_title="在鲟鱼繁育场当技术员的第十年 | 鲟语者",
        date="2025-02-28",
        notes="blog: site suffix in the title; a bracketed post time line as the page date; tags and archive under the text; wrapped at 64 columns with an indent; a 'like' row glued after the last sentence",
        wrap=64,
        indent="　　",
        page="""
!m 鲟语者 · 一个养鱼人的碎碎念
!l 首页　归档　关于我
!t 在鲟鱼繁育场当技术员的第十年
!m [2025-02-28 22:15]　分类：随笔　浏览(309)　评论(6)
{BODY}
!l 标签：鲟鱼 繁育 基层
!l « 上一篇：冬季亲鱼越冬管理笔记　　下一篇：没有了 »
!l 归档：2025年2月(3)　2025年1月(5)　2024年12月(4)
!d 本博客文字均为原创，转载请留言告知。
""",
        body="""
十年前我从水产学校毕业，来到鲟湾县鲟鱼繁育场，第一份工作是每天凌晨三点起来测水温。
那时候场里只有四个养殖池，人工催产成功率不到三成，一年放流的幼鱼不过几百尾。
这些年我们摸索出一套亲鱼培育和孵化管理办法，去年人工繁育的幼鱼已经超过三万尾。
回头看这十年，最大的体会是，搞繁育没有捷径，只有一天一天守在池边。⟦l 点赞(27)　收藏　转发⟧
""",
    ),
    dict(
        slug="wechat-lubo-saltlake-safety-mirror",
        site="卤泊发布 (mirror on 微信文章汇, invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://wxhui.example.com/a/lubofabu/20250701_3.html",
        title="致盐湖游客的安全倡议书",
        record_title="致盐湖游客的安全倡议书｜卤泊发布",
        date="2025-07-01",
        notes="WeChat mirror HTML: account line with the time as the page date; 'read original', 在看/点赞, reward row, QR follow prompt; the document's own sentence about 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>致盐湖游客的安全倡议书｜卤泊发布</title><style>.rich_media{margin:0}</style></head><body>
<div class="mirror-top">⟦m 微信文章汇 · 收录公众号文章⟧ ⟦a 登录看更多⟧</div>
<h2 class="rich_media_title">致盐湖游客的安全倡议书</h2>
<div class="meta">⟦m 卤泊发布　2025年07月01日 18:30　新疆⟧</div>
<div class="rich_media_content">
<p>⟦m 点击上方蓝字“卤泊发布”关注我们⟧</p>
{BODY}
</div>
<p>⟦l 阅读原文⟧ ⟦l 阅读 1.2万⟧ ⟦l 在看 56⟧ ⟦l 点赞 133⟧</p>
<p>⟦a 喜欢作者就赞赏一下吧⟧</p>
<p>⟦m 编辑：库尔班　审核：程远⟧</p>
<p>⟦m 长按识别二维码 关注卤泊发布⟧</p>
<div class="mirror-foot">⟦d 本页面内容由微信文章汇自动抓取，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
广大游客朋友们：
卤泊盐湖湖面广阔，卤水池深浅不一，部分区域盐壳下方是软泥，贸然进入极易发生危险。
为确保大家游玩安全，我们倡议：请在景区划定的观景区域内拍照游览，不要跨越卤水采区的隔离栏。
请不要在烈日下长时间停留，盐湖反光强烈，请做好眼睛和皮肤防护。
游客可扫描景区入口的二维码，查看当日开放区域和天气提示。
卤泊县文化体育广播电视和旅游局
2025年7月1日
""",
    ),
    dict(
        slug="docshare-yunti-horse-farm-summary-oneline",
        site="云梯文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yuntidoc.example.com/d/7f22c91a.html",
        title="骝原马场2024年度工作总结",
        record_title="骝原马场2024年度工作总结（可编辑）",
        date="2025-01-10",
        notes="sharing site: decorated title; the body on one line, paragraphs apart only by their indent; upload notice; share date not a date; 成文日期 in Chinese numerals",
        oneline=True,
        indent="　　",
        page="""
!m 云梯文档 — 文档分享平台
!t 骝原马场2024年度工作总结（可编辑）
!m 分享者：zhangmu_88　分享于 2025-02-03　格式：DOC　共3页
{BODY}
!d 该文档由用户自行分享，云梯文档仅提供存储空间，如涉及侵权请联系我们删除。
!a 加入会员 免费下载全部文档
!l 相关推荐：马匹疫病防控方案 | 马术队训练计划 | 牧场安全生产制度
""",
        body="""
2024年，骝原马场在县农业农村局的指导下，围绕良种繁育、疫病防控和马文化旅游三项重点开展工作。
全年繁育伊犁马良种驹一百四十二匹，成活率达到百分之九十六。
完成马鼻疽、马传贫等疫病监测采样八百余份，全年未发生重大动物疫情。
马文化旅游接待游客三点二万人次，实现收入四百一十万元。
二〇二五年，马场将重点推进种马登记和赛马场改造工程。
骝原马场
二〇二五年一月十日
""",
    ),
    dict(
        slug="edu-zhanchuan-herder-school-notice",
        site="毡川县教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jy.zhanchuan.example.gov.cn/tzgg/2025/0826/332.html",
        title="关于做好牧区寄宿制学校秋季开学工作的通知",
        record_title="关于做好牧区寄宿制学校秋季开学工作的通知",
        record_date="2025-08-26",
        date="2025-08-26",
        notes="date and title in the record; document number neutral; a table of arrival days one row a paragraph; contact line kept beside the site's technical phone; font-size row",
        page="""
!m 毡川县教育网
!m 当前位置：首页 >> 通知公告
!t 关于做好牧区寄宿制学校秋季开学工作的通知
!m 来源：县教育局　　点击数：640　　更新时间：2025-08-26
!a 【字体：大 中 小】
毡教发〔2025〕31号
{BODY}
!m 网站技术维护电话：0901-3361002
!m Copyright 2025 毡川县教育局 版权所有
""",
        body="""
各乡（镇）中心学校、县直各学校：
为做好牧区寄宿制学校秋季开学工作，现将有关事项通知如下。
一、报到时间安排如下：
学段　报到日期　接送方式
小学　8月30日　乡镇统一接送
初中　8月31日　家长自行送校
二、各校要提前完成宿舍、食堂和锅炉的安全检查，确保学生入住前供暖设施运行正常。
三、对转场放牧家庭的学生，学校要主动联系家长，做到应返尽返。
联系人：努尔兰，电话：0901-3362115
毡川县教育局
2025年8月26日
""",
    ),
    dict(
        slug="oa-chaobu-tide-station-minutes",
        site="潮埠海洋站内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.chaobu-hyz.example.local/doc/view?id=20250418-07",
        title="潮埠验潮站2025年第二次站务会议纪要",
        record_title="内网公告：潮埠验潮站2025年第二次站务会议纪要",
        date="2025-04-18",
        date_also=["2025-04-16"],
        notes="intranet document view: decorated title; 时间/地点/主持/参会 lines kept; flow record and read counts below; the 印发 date expected and the meeting date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>文档查看 - 潮埠海洋站协同办公</title></head><body>
<div class="hd">⟦m 潮埠海洋站协同办公平台⟧ ⟦m 欢迎您，值班员 邵启⟧ ⟦a 退出⟧</div>
<div class="side"><ul><li>⟦l 待办事项(3)⟧</li><li>⟦l 已办事项⟧</li><li>⟦l 通知公告⟧</li><li>⟦l 个人设置⟧</li></ul></div>
<div class="doc">
<h3>⟦t 潮埠验潮站2025年第二次站务会议纪要⟧</h3>
<div class="info">⟦m 拟稿：综合室　密级：内部　阅读次数：41⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-04-18 09:02 综合室 提交⟧</p><p>⟦l 2025-04-18 10:15 站长 签发⟧</p></div>
<div class="btns">⟦a 打印⟧ ⟦a 导出PDF⟧ ⟦a 转发⟧</div>
</body></html>
""",
        body="""
时间：2025年4月16日下午
地点：站部二楼会议室
主持：站长 陶建国
参会：全体在编职工
会议听取了一季度潮位观测数据质量情况汇报，一季度数据完整率为百分之九十九点八。
会议研究了验潮井清淤工作，决定于5月上旬大潮汛前完成，由观测组负责实施。
会议要求，汛期值班人员要严格执行每小时巡视制度，发现异常潮位及时上报。
潮埠验潮站综合室
2025年4月18日印发
""",
    ),
    dict(
        slug="qa-wenhai-glacier-tour-question",
        site="问海问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://wenhai.example.com/q/30018871",
        title="冰岙冰川夏天能上去看吗？需要办什么手续？",
        record_title=None,
        date="2025-07-09",
        notes="Q&A: no record title, the question as the title; an answer's 回答于 line as the page date; votes and other answers as lists; the answer mentions 下载/关注 as content",
        page="""
!m 问海问答　有问题，就问海
!m 首页 > 旅游出行 > 国内游
{T}
!m 提问者：雪山下的猫　2025-07-08　浏览 1.1万
!l 邀请回答　关注问题　写回答
!m 最佳答案　冰川站老刘　回答于 2025-07-09 08:26
{BODY}
!l 有用(212)　没用(3)　评论(18)
!l 其他回答(7) >
!l 相关问题：冰川徒步要带什么装备？ | 冰岙县城到冰川多远？
!d 以上回答仅代表回答者个人观点，不代表问海问答立场。
""",
        body="""
夏季冰川观测区核心区是不对游客开放的，一般是6月中旬到9月中旬。
游客可以到观景台远眺冰舌，观景台不需要办手续，但要在景区门口实名登记。
如果是科研或者摄影创作需要进核心区，要提前向县自然资源局报备，由观测站派人带领。
建议出发前下载县文旅局的小程序，关注当天的天气和开放情况。
""",
    ),
    dict(
        slug="anthology-laoma-horse-farm-1998-speech",
        site="老马文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://laoma-wenji.example.org/juan3/17.html",
        title="在骝原马场建场四十周年职工大会上的讲话",
        record_title="《老马文集》卷三·第十七篇｜在骝原马场建场四十周年职工大会上的讲话",
        date="1998-10-12",
        notes="personal collection: decorated title; date in Chinese numerals under the speech title; a 录入 stamp and a view counter are no dates; chapter nav",
        page="""
!m 老马文集 —— 一个老场长的文字
!l 目录　｜　卷一　卷二　卷三　卷四
!t 《老马文集》卷三·第十七篇｜在骝原马场建场四十周年职工大会上的讲话
（一九九八年十月十二日）
{BODY}
!m 2024年11月 由女儿据手稿录入
!m 本页已被翻阅 188 次
!l ← 第十六篇　｜　第十八篇 →
""",
        body="""
同志们：
四十年前，第一批职工赶着二百多匹马来到骝原，在荒滩上搭起了地窝子。
四十年来，马场为国家培育和输送良种马一万多匹，培养了一大批养马、驯马的技术骨干。
现在马场面临转型的困难，但只要我们团结一心，就没有过不去的坎。
谢谢大家。
""",
    ),
]
