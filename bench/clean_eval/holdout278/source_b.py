"""holdout278, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-lubian-memoir-grandma-handstove",
        site="炉边闲话 (invented, Typecho-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://lubian.xianhua-qin.net/archives/214/",
        title="祖母的铜手炉",
        record_title="【冬夜拾忆】祖母的铜手炉 ‖ 炉边闲话·老秦的博客",
        date=None,
        notes="blog memoir with tag cloud, monthly archive and comment form; relative post time only; "
        "a 'further reading' link between paragraphs; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【冬夜拾忆】祖母的铜手炉 ‖ 炉边闲话·老秦的博客</title>
<link rel="stylesheet" href="/usr/themes/lubian/style.css">
</head><body>
<header><div class="blog-name">⟦m 炉边闲话⟧</div><div class="blog-desc">⟦m 老秦的博客：旧物、旧人、旧日子⟧</div>
<nav><a>⟦m 首页⟧</a><a>⟦m 旧物⟧</a><a>⟦m 读书⟧</a><a>⟦m 关于老秦⟧</a></nav></header>
<main><article>
<h2 class="post-title">{T}</h2>
<p class="post-meta">⟦m 老秦　·　发布于 2 个月前　·　分类：旧物⟧　⟦m 围观 623 次⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 本文标签：手炉　祖母　冬天　燠城⟧</p>
<p class="post-near">⟦l ← 较早：外公的竹壳热水瓶⟧　⟦l 较新：腊月里的打年糕 →⟧</p>
<div id="comments"><h3>⟦l 已有 9 条留言⟧</h3>
<ol><li>⟦l 阿梅：我奶奶也有一个，盖子上是梅花⟧</li><li>⟦l 过客一枚：看哭了⟧</li></ol>
<form><textarea placeholder="写点什么">⟦l 给老秦留句话⟧</textarea><button>⟦a 提交留言⟧</button></form></div>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 旧物 手炉 竹器 年味 燠城 读书笔记 老街⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年1月 (4)⟧</li><li>⟦l 2024年12月 (6)⟧</li></ul></aside>
<footer>⟦m © 炉边闲话　本站由 Typecho 驱动⟧　⟦d 文字为老秦原创，转载请先留言打招呼。⟧</footer>
</body></html>
""",
        body="""
祖母有一只黄铜手炉，椭圆形，巴掌大小，盖子上錾着一圈细细的回纹。听说那是她出嫁时的陪嫁，跟了她五十多年。
每到冬天，天一擦黑，祖母就从灶膛里夹出几块烧透的木炭，埋进手炉的砻糠灰里，盖上盖子，再用一块蓝布包好，递到我手里。那股暖意从掌心一直传到心口，比什么都踏实。
⟦l 延伸阅读：燠城铜匠街的最后一家铺子⟧
祖母常说，炭要埋深一点，灰要压实一点，火才匀，也不会烫着人。她还不许我把手炉塞进被子里，说那样会闷出事来。
祖母走后，那只手炉一直放在老屋的五斗柜上。去年冬天我把它带回城里，擦亮了，放在书架上。有时候看着它，好像又闻到了那股淡淡的炭灰味。
""",
    ),
    dict(
        slug="blog-xiaoman-diary-sugar-blowing-wrapped",
        site="小满的手艺日志 (invented, blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://xiaoman-shouyi.blog.cn/post/20250211-30days",
        title="学吹糖人的第三十天",
        record_title="学吹糖人的第三十天 - 小满的手艺日志 - 随记",
        date="2025-02-11",
        notes="blog text hard-wrapped at 58 columns; the bracketed post time is the page's date; tag line and archive after the post",
        page="""
!m 小满的手艺日志　|　一个人学手艺的笔记
!m 首页 / 随记 / 正文
!t 学吹糖人的第三十天
!m ［2025-02-11 21:40］　　分类：随记　　被看了 318 次
{BODY}
!l 标签：吹糖人 / 学艺 / 晏师傅
!l 上一篇：熬糖的火候到底怎么看
!l 下一篇：第一次出摊
!l 存档：二〇二五年二月（3）　二〇二五年一月（7）
!m 本站文字均为小满原创 · 托管于随记博客
""",
        wrap=58,
        body="""
今天是跟晏师傅学吹糖人的第三十天。早上师傅让我独立吹一只小老鼠，我前后吹破了五个，第六个才算成了形，尾巴还歪着。
这一个月最大的体会，是吹糖人靠的不是嘴，是手。糖稀在手里只有十几秒是软的，揪、捏、吹、拉得一口气做完。师傅说，手慢了糖就硬，手急了糖就破，得让手自己记住那个劲儿。
第二个体会是熬糖。白糖和麦芽糖的比例、火候、熬多久，师傅从来不说具体数字，只让我看糖稀起的泡，泡从大变小、变密，就差不多了。我在本子上记了二十多次，终于能看出一点门道。
明天师傅要教我吹葫芦。我给自己定了个小目标：到月底，能吹出一套十二生肖。
""",
    ),
    dict(
        slug="wechat-nongmao-pledge-rattan-crates-no-title",
        site="泃源县农贸市场协会公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxmirror.liuyinzhan.cn/s/juyuan-nmxh/20250520-01",
        title="关于用藤筐替代一次性塑料周转箱的倡议书",
        record_title=None,
        date="2025-05-20",
        notes="WeChat mirror: no title in the record (the <h1>); account line and signature date agree; "
        "a star prompt glued before the salutation; the account's name is also the signature (head); "
        "a sentence about sharing the pledge is content; 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>柳荫站 · 公众号文章存档</title></head>
<body>
<div class="mirror-bar">⟦m 柳荫站 · 公众号文章存档⟧　<a>⟦a 换个号看看⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="nick">⟦m 泃源县农贸市场协会⟧</span>　<em>⟦m 2025-05-20 09:15　湖南⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="tail">⟦a 阅读原文⟧　⟦l 在看 86　　赞 132⟧</p>
<p class="qr">⟦a 长按识别二维码，关注“泃源县农贸市场协会”⟧</p>
</div>
<div class="mirror-note">⟦d 柳荫站仅作公开文章的离线存档，版权归原公众号所有，如需下架请留言。⟧</div>
<div class="mirror-more"><h4>⟦l 本号近期文章⟧</h4><p>⟦l 端午前后农贸市场食品安全提醒⟧</p><p>⟦l 协会召开2025年会员大会⟧</p></div>
</body></html>
""",
        body="""
⟦a ★ 点上方蓝字，把协会设为星标，消息不错过⟧全县农贸市场经营户朋友们：
一次性塑料周转箱用不了几回就破，丢在市场角落里既占地方又难处理。我县藤编历史悠久，熜山、爟口等地出产的藤筐结实透气，装果蔬不易捂烂，一只能用三五年。为此，我们向全县农贸市场经营户发出如下倡议：
一、从今年6月起，果蔬摊位优先使用藤筐周转，逐步减少一次性塑料箱。
二、市场管理方设置藤筐集中存放点，方便经营户互借互还。
三、批发商与熜山镇藤编产业园对接，统一采购，降低成本。
绿色市场，从一只藤筐开始。欢迎大家把这份倡议转发分享给身边的经营户。
泃源县农贸市场协会
2025年5月20日
""",
    ),
    dict(
        slug="wechat-minchuan-museum-round-fan-exhibition",
        site="旻川博物馆公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://gzh.jingxiangcun.com/a/minchuanbwg/9931752",
        title="团扇里的四季：县博物馆馆藏团扇展开展",
        record_title="团扇里的四季：县博物馆馆藏团扇展开展 ｜ 旻川博物馆 · 推文离线版",
        date="2025-04-26",
        notes="WeChat mirror as text: the account date line is the date; a star prompt glued before the lead; "
        "a reservation sentence (关注/预约 as content); appreciation and 在看 rows",
        page="""
!m 镜像村 · 公众号文章镜像
!t 团扇里的四季：县博物馆馆藏团扇展开展
!m 原创　旻川博物馆　2025-04-26
{BODY}
!a 喜欢这篇就点个“在看”吧
!a 赞赏作者　　　7人已赞赏
!l 往期回顾｜馆藏铜镜修复记　　往期回顾｜小小讲解员招募啦
!d 镜像村仅同步公开推文，内容以原公众号为准。
""",
        body="""
⟦a 轻点上方“旻川博物馆”，设为星标不迷路⟧4月26日，“团扇里的四季——旻川博物馆藏团扇展”在博物馆二楼临展厅开展，展期三个月。
本次展览共展出馆藏团扇62件，年代从清代中期到上世纪七十年代，扇面有绢本、纸本、缂丝等多种材质，题材以花鸟、仕女、山水为主。展览按春夏秋冬四个单元布展，每个单元配有扇面图案的放大复制品，观众可以近距离看清针脚和笔触。
展厅出口设有团扇手绘体验区，周末每天开放两场，每场20人。
参观免费，需提前一天在本公众号菜单“预约参观”中登记，凭预约码入馆。开放时间为周二至周日9:00—17:00，周一闭馆。
""",
    ),
    dict(
        slug="docshare-xiangwencang-rules-grater-articles",
        site="享文仓 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.xiangwencang.com/doc/2025/0318/6630147.html",
        title="学校食堂刀具及擦菜板使用管理制度",
        record_title="学校食堂刀具及擦菜板使用管理制度（Word版可下载）- 享文仓",
        date=None,
        notes="sharing page: upload notice, points lock, a service WeChat, ratings; rules with 第N条 articles, one speaking of 扫码领用; "
        "upload stamp only, no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>学校食堂刀具及擦菜板使用管理制度（Word版可下载）- 享文仓</title></head>
<body>
<div class="xw-top">⟦m 享文仓 · 好文档大家享⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 验证码登录⟧</a></div>
<div class="xw-path">⟦m 享文仓 ＞ 教育资料 ＞ 学校管理 ＞ 后勤制度⟧</div>
<div class="xw-doc"><h1>{T}</h1>
<div class="xw-info">⟦m 上传者：后勤小能手　上传于 2025-03-18　3 页　评分 ★★★★☆（41人）⟧</div>
<div class="xw-upload-tip">⟦d 温馨提示：本文档由享文仓用户上传，享文仓只提供存储和展示服务，文档内容仅代表上传者观点。⟧</div>
<div class="xw-body">
{BODY}
</div>
<div class="xw-lock">⟦a 剩余 1 页需 5 积分解锁 → 去解锁⟧</div>
<div class="xw-btns"><a>⟦a 下载到电脑⟧</a><a>⟦a 发送到手机⟧</a><a>⟦a 加入我的文档⟧</a></div></div>
<div class="xw-side"><h4>⟦l 同类文档推荐⟧</h4><p>⟦l 食堂留样管理制度⟧</p><p>⟦l 学校食堂从业人员晨检制度.doc⟧</p></div>
<div class="xw-kefu">⟦w 找不到想要的文档？加客服微信 xwd_kf1688 帮你找⟧</div>
<div class="xw-foot">⟦m 享文仓 xiangwencang.com　粤ICP备22019937号⟧</div>
</body></html>
""",
        body="""
第一条　为加强学校食堂刀具、擦菜板等锐器管理，防止切配作业伤害事故，制定本制度。
第二条　本制度适用于学校食堂全体从业人员和临时帮厨人员。
第三条　刀具、擦菜板按生食、熟食、果蔬分类，用颜色标识区分，不得混用。
第四条　刀具、擦菜板实行定点存放、扫码领用，领用和归还均须在锐器登记本上签字。
第五条　使用擦菜板时必须佩戴防割手套或使用护手器，原料剩余不足三厘米的不得继续上板。
第六条　刀口松动、缺齿、锈蚀的擦菜板应立即停用，交食堂管理员登记报废。
第七条　每日收工后，刀具、擦菜板清洗消毒后放入锐器柜上锁，钥匙由当班组长保管。
第八条　本制度由学校后勤处负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-wenjiayi-request-handstove-workshop-wps",
        site="文家易 (invented, document sharing)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="http://wenjiayi.cn/d/8816034.html",
        title="关于申请拨付燠城手炉传习工坊修缮经费的请示",
        record_title="关于申请拨付燠城手炉传习工坊修缮经费的请示.wps",
        date="2025-04-08",
        notes="file-name record title; the title glued to the first line; the document's own contact line next to the site's service WeChat; "
        "成文日期 in Chinese numerals; upload stamp is no date",
        page="""
!m 文家易 — 文件分享与在线预览
!m 上传：燠城文化人　　2025-04-16　　WPS文档　　2页
!a 在线预览　|　下载源文件　|　转存到我的网盘
{T}{BODY}
!a 预览仅显示部分内容，下载后可查看全文
!w 文家易客服微信：wjy-kf77（工作日 9:00-18:00）
!d 文家易不对用户上传内容的合法性负责，如有侵权请联系删除。
!m wenjiayi.cn　京ICP备23011760号
""",
        body="""
县文化和旅游局：
燠城手炉传习工坊设在城关镇铜匠街17号，是县级非遗手炉制作技艺的传习场所。工坊房屋建于上世纪六十年代，去年汛期屋面多处漏雨，东墙出现裂缝，经鉴定为C级危房，目前已暂停带徒授课。
为尽快恢复传习活动，我馆拟对工坊进行屋面翻修、墙体加固和电路改造，经预算共需经费18.6万元。我馆自筹3万元，恳请局里拨付修缮经费15.6万元。
妥否，请批示。
联系人：程秋禾，电话：0743-5217706。
燠城县文化馆
二〇二五年四月八日
""",
    ),
    dict(
        slug="edu-longxi-notice-sugar-figures-course-attachments",
        site="昽溪教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.longxi.edu.cn/tzgg/202502/t20250226_3318.html",
        title="关于开展“糖人进课堂”非遗传承课程试点工作的通知",
        record_title="〔通知〕关于开展“糖人进课堂”非遗传承课程试点工作的通知_昽溪教育网",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the document's own 附件 list; "
        "the bureau's contact and mailbox beside the site's technical line; sentence asking schools to download the attachment",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔通知〕关于开展“糖人进课堂”非遗传承课程试点工作的通知_昽溪教育网</title>
<script src="/static/js/common.js"></script></head>
<body>
<div class="top">⟦m 昽溪县教育局主办 · 昽溪教育网⟧　<a>⟦a 适老化浏览⟧</a> <a>⟦a 屏幕朗读⟧</a></div>
<ul class="menu"><li>⟦m 教育首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园风采⟧</li></ul>
<div class="pos">⟦m 所在位置：教育首页 → 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<p class="src">⟦m 信息来源：县教育局基础教育股　发布日期：2025-02-26　点击率：1406⟧</p>
<div class="art-con">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：糖人进课堂试点申报表.xls（32KB）⟧</div>
<div class="pn">⟦l 上一条：关于做好2025年春季学期开学工作的通知⟧<br>⟦l 下一条：昽溪县中小学寒假读书活动获奖名单公示⟧</div></div>
<div class="foot">⟦m 昽溪县教育局　地址：昽溪县学府路66号⟧<br>⟦m 网站技术支持：0744-6650190⟧　⟦m 湘ICP备12017456号-2⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为推动中华优秀传统文化进校园，县教育局决定在部分小学开展“糖人进课堂”非遗传承课程试点。现将有关事项通知如下：
一、试点范围。全县遴选6所小学开展试点，每校设1个兴趣班，每班不超过25人。
二、课程安排。由县文化馆推荐糖人技艺传承人担任校外辅导员，每两周授课一次，每学期不少于8课时。熬糖环节由辅导员操作，学生只参与造型和上色。
三、申报要求。请有意向的学校下载附件，填写申报表，于3月10日前报送县教育局基础教育股。
联系人：聂书宁，电话：0744-6651023，邮箱：lxjyj_jcjy@163.com。
附件：1.糖人进课堂试点申报表
2.课程安全管理要求
昽溪县教育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-juntang-plan-rattan-crate-labour-course",
        site="晙塘教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.juntangedu.cn/xxgk/ldjy/2025/0902/1187.html",
        title="晙塘镇中心小学藤筐编织劳动课程实施方案",
        record_title="晙塘镇中心小学藤筐编织劳动课程实施方案（劳动实践月专稿）_晙塘教育信息网",
        date="2025-09-01",
        notes="education site text: decimal headings 1.1–3.2 kept; site date differs from the 成文日期 (also accepted); "
        "a font-size row and a visitor counter as chrome",
        date_also=["2025-09-02"],
        page="""
!m 晙塘教育信息网　　【网站导航】【长辈版】
!m 您的位置：首页 › 学校动态 › 劳动教育
!t 晙塘镇中心小学藤筐编织劳动课程实施方案（劳动实践月专稿）
!m 作者：教务处　　时间：2025-09-02　　已阅：377
!a 字体 [ 放大 | 默认 | 缩小 ]
{BODY}
!l 【返回列表】　【给我们留言】
!m 晙塘教育信息网 版权所有　技术维护：县教育信息中心
""",
        body="""
为落实劳动教育要求，结合我镇藤编传统，学校决定在四至六年级开设藤筐编织劳动课程，特制定本方案。
1.课程目标
1.1 了解藤条的采集、浸泡和劈篾过程，认识本地藤编文化。
1.2 掌握起底、编身、收口三种基本编法，每名学生完成一只小藤筐。
2.课程安排
2.1 每周一节，安排在周三下午，全学期共16课时。
2.2 聘请晙塘镇藤编合作社的两位编织师傅担任指导老师，科学老师协助授课。
3.安全保障
3.1 劈篾由师傅完成，学生使用圆头剪刀，不接触篾刀。
3.2 课前检查藤条有无毛刺，课后由值日生清点工具。
晙塘镇中心小学
2025年9月1日
""",
    ),
    dict(
        slug="oa-fenghe-minutes-grater-blade-quality",
        site="锋禾厨具协同办公平台 (invented, OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.fenghe-kitchen.com/doc/view?id=20250813-0427",
        title="关于三面擦丝器刀片断裂问题的质量分析会会议纪要",
        record_title="[流程中] 关于三面擦丝器刀片断裂问题的质量分析会会议纪要 ▸ 锋禾协同",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="OA document view: 流转记录, read count, a mark-as-read button; minutes' 时间/地点/主持/参会/记录 lines kept; "
        "the meeting date is the date, the drafting date also accepted; the IT desk's line beside the document's extension",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[流程中] 关于三面擦丝器刀片断裂问题的质量分析会会议纪要 ▸ 锋禾协同</title></head>
<body class="oa">
<div class="oa-head">⟦m 锋禾协同 · 皞阳锋禾厨具有限公司⟧　⟦m 当前用户：质量部 蒙晓⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-tabs">⟦m 待办(6)⟧　⟦m 已办⟧　⟦m 公文查阅⟧　⟦m 通讯录⟧</div>
<div class="oa-doc">
<table class="oa-meta"><tr><td>⟦m 拟稿部门：质量部⟧</td><td>⟦m 拟稿日期：2025-08-13⟧</td><td>⟦m 保密等级：一般⟧</td></tr></table>
<h2>{T}</h2>
<div class="oa-body">
{BODY}
</div>
<button>⟦a 阅毕并签名⟧</button> <button>⟦a 转办他人⟧</button>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 蒙晓（质量部）拟稿 → 谢长庚（生产副总）审核 → 分发各部门⟧</p>
<p>⟦m 已阅 23 人 / 未阅 4 人⟧</p></div></div>
<div class="oa-foot">⟦m 信息部IT服务台：分机 8000⟧　⟦d 内部资料，禁止截图外传⟧</div>
</body></html>
""",
        body="""
时间：2025年8月12日下午2:30
地点：公司二楼质量会议室
主持：谢长庚
参会：质量部、生产一车间、采购部、技术部负责人及相关班组长
记录：蒙晓
会议听取了质量部关于7月以来客户投诉三面擦丝器刀片断裂问题的调查汇报，经讨论，形成以下意见：
一、断裂原因主要是7月批次不锈钢带材硬度偏高、冲压后未及时去应力退火。
二、采购部即日起暂停该供应商带材供货，对库存带材逐卷抽检。
三、生产一车间恢复冲压后退火工序，质量部每班抽检刀片弯折试验不少于10片。
四、技术部在8月底前修订刀片检验规程。
会后各部门有问题请联系质量部，分机8032。
""",
    ),
    dict(
        slug="intranet-tengxin-bulletin-rattan-injury",
        site="藤心工艺内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.tengxin-craft.cn/notice/2025/0903-02",
        title="关于编织车间一起藤条划伤事故的通报",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="record gives title and date; intranet text with the portal's chrome; the document's own safety-office extension "
        "next to the IT desk line",
        page="""
!m 藤心工艺 · 员工内网　　欢迎你，覃丽
!m 内网首页 > 公司公告 > 安全通报
!t 关于编织车间一起藤条划伤事故的通报
!m 发布部门：安全环保部　　浏览 188 次
{BODY}
!a [打印] [导出PDF] [返回公告列表]
!m 内网故障报修：IT服务台 分机 6600
!d 本内网信息仅供公司员工内部查阅
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
8月29日上午，编织车间员工韦某在劈篾时未戴防护手套，藤条断口划伤左手虎口，缝合六针。经调查，事故原因是当事人图省事未按规定佩戴手套，班组长现场巡查不到位。
公司决定：对当事人给予通报批评，对所在班组长扣减当月安全绩效；编织车间于9月10日前组织全员重新学习《劈篾与编织安全操作规程》。
请各车间举一反三，开展一次防护用品佩戴专项检查，发现问题立即整改。
联系人：安全环保部　覃丽，分机8032。
泃源藤心工艺品有限公司安全环保部
2025年9月3日
""",
    ),
]
