"""holdout274, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-bamboo-horses-jammer",
        site="上岸驿站论坛 (invented, civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.example.cn/thread-230917-1-1.html",
        title="让竹马在新时代继续“跑”起来",
        record_title="[申论随练] 让竹马在新时代继续“跑”起来（求批改，轻拍） - 申论写作 - 上岸驿站论坛",
        date=None,
        notes="exam forum with jammer fonts inside the post, a reply-to-see prompt, a rating row and a QQ-group ad; "
        "an essay with no date; relative time only",
        page="""
<html><head><meta charset="utf-8">
<title>[申论随练] 让竹马在新时代继续“跑”起来（求批改，轻拍） - 申论写作 - 上岸驿站论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head><body>
<div id="hd">⟦m 上岸驿站论坛 · 公考人的加油站⟧　<a>⟦a 登录⟧</a>　<a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 申论交流 › 申论写作⟧</div>
<div class="pls">⟦m 今年必上岸⟧<br>⟦m 积分 362　注册于 去年⟧</div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前　｜　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的范文点评，回复本帖后可见⟧</div>
<div class="rate">⟦l 评分　学分 +3　“结构清楚，论据再具体些”⟧</div>
</div>
<div class="ad">⟦w 申论批改互助群（二群）：QQ群 771309284，满员请加三群⟧</div>
<div id="ft">⟦m 上岸驿站论坛 Powered by Discuz!　京ICP备18040217号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在茏口镇，每年正月都能看到这样的场景：锣鼓声中，一匹匹彩扎竹马穿街过巷，老人领着孩子追着看。然而，随着老艺人年事渐高，竹马这门手艺正面临“后继无人”的困境。让竹马在新时代继续“跑”起来，需要我们多想办法。
让竹马“跑”进校园。非遗传承，关键在人。把竹马扎制和竹马舞引入中小学课堂，让孩子从小摸得着、学得会，传承才有源头活水。
让竹马“跑”进市场。竹马不能只在节庆里出现。开发竹马文创产品、打造竹马民俗旅游线路，让手艺人靠手艺增收，传承才有持久动力。
让竹马“跑”上屏幕。借助短视频、直播等新方式讲好竹马故事，让更多年轻人看见竹马、爱上竹马。
一匹竹马，承载的是一方水土的记忆。守护好它，就是守护我们的文化根脉。
""",
    ),
    dict(
        slug="examforum-gongkao-interview-back-scratchers-junk",
        site="公考同行论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gongkaotongxing.example.cn/forum/t/88216",
        title="社区给独居老人送痒痒挠被指“作秀”，你怎么看？",
        record_title="【面试自答】社区给独居老人送痒痒挠被指“作秀”，你怎么看？ - 结构化面试 - 公考同行论坛",
        date=None,
        notes="exam-forum post: junk lines and junk glued after 。; a structured-interview answer; no date",
        page="""
!m 公考同行论坛 › 面试专区 › 结构化面试
!t 【面试自答】社区给独居老人送痒痒挠被指“作秀”，你怎么看？ - 结构化面试 - 公考同行论坛
!m 楼主：小鹿要上岸　　发表于 4 天前　　阅读 692　回复 17
!l 题目：某社区在重阳节给独居老人每人送一把痒痒挠，有网友评论说这是“作秀”。对此你怎么看？
{BODY}
!l 2楼 面试老兵：第三段可以再具体一点，比如说怎么建需求清单。
!l 3楼 匿名：打卡，思路学到了。
!a 回复可见完整点评 ┃ 登录后参与讨论
!m 公考同行论坛　Copyright © 2025
""",
        junk=dict(lines=1, glued=2),
        body="""
我的作答如下，请各位考友多提意见。
首先，我认为不能简单地给这件事贴上“作秀”的标签。老年人胳膊抬不高，后背痒了够不着，痒痒挠虽小，却实实在在解决了独居老人的一个小麻烦，体现了社区工作的细心。
其次，网友的质疑也值得重视。如果社区只是拍照发稿，送完就走，不关心老人真正缺什么，那确实容易流于形式。
对此，我认为社区可以从三方面改进：一是上门前先了解老人的实际需求，建立需求清单；二是把送物品和日常探访结合起来，送一次更要常去看；三是主动公开活动情况，接受居民监督。
总之，为民服务要从小事做起，更要做到老人心坎上。
""",
    ),
    dict(
        slug="wiki-shizhi-entry-stone-lock",
        site="识知百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.shizhi.example.cn/item/石锁/58021",
        title="石锁",
        record_title=None,
        date=None,
        notes="encyclopaedia entry without a record title: the <h1> entry name is the title (matched as head, it "
        "opens the body); infobox, contents box, edit/discuss/history tabs, reference markers glued after 。; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>石锁_识知百科</title>
<script src="/static/baike/entry.js"></script>
</head><body>
<div class="top">⟦m 识知百科⟧　<input placeholder="搜词条">　⟦a 进入词条⟧　⟦a 创建词条⟧</div>
<div class="tabs"><span>⟦a 编辑⟧</span><span>⟦a 讨论⟧</span><span>⟦a 历史版本⟧</span><span>⟦a 上传图片⟧</span></div>
<h1>{T}</h1>
<div class="polysemy">⟦m 中国传统练力器械⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：石锁⟧</td><td>⟦m 外文名：stone lock⟧</td></tr>
<tr><td>⟦m 材　质：青石、花岗岩⟧</td><td>⟦m 类　别：传统体育器械⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 形制　2 练法　3 现状⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《中国民间体育器械图录》，民间体育出版社⟧</p></div>
<div class="edit-info">⟦m 词条统计：浏览 8712 次，编辑 11 次，最近更新于 6 天前⟧</div>
<div class="foot">⟦d 识知百科词条内容由网友共同编辑，仅供参考。⟧</div>
</body></html>
""",
        body="""
石锁，中国传统的练力器械，因形状似旧式挂锁而得名，多用青石或花岗岩凿制，重量从数公斤到数十公斤不等。⟦l [1]⟧
形制
石锁由锁身和锁把两部分组成。锁身呈长方体或扁圆体，锁把位于锁身一侧，便于单手握持。
练法
常见练法有提、抛、接、推、举等，熟练者可将石锁抛起后在空中翻转，再以手、肘、肩等部位接住，称为“花式”。练习石锁能增强握力、臂力和腰腹力量。⟦l [2]⟧
现状
石锁曾是武术家和民间习武者的日常练功器械。如今，一些地方将石锁列为民间传统体育项目，在公园、学校中推广，并举办石锁比赛。
""",
    ),
    dict(
        slug="wiki-zhiliao-entry-back-scratcher",
        site="知了百科 (invented, encyclopaedia text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiliaobaike.example.cn/wiki/痒痒挠",
        title="痒痒挠",
        record_title="痒痒挠（日用器具）_知了百科",
        date=None,
        notes="encyclopaedia text page: the entry name is the title (matched as head); an 'edit this section' link "
        "glued to a section heading; no date",
        page="""
!m 知了百科 · 人人可编辑的百科全书
!t 痒痒挠（日用器具）_知了百科
!a 编辑词条　｜　添加义项　｜　收藏
{T}
!m 本词条由“知了百科·生活科学”编审
{BODY}
!l 相关词条：竹编　如意　按摩锤
!m 最近编辑：2 个月前　　浏览次数：15,206
!d 知了百科内容仅供参考，如需专业意见请咨询相关人士。
""",
        body="""
痒痒挠，一种用来挠背的日用器具，又称“不求人”“老头乐”，一般长约40厘米，一端做成手掌或爪子形状，另一端为手柄。
材质⟦a ［改写本段］⟧
传统的痒痒挠多用竹子削制，也有用木头、牛角制作的；现代的痒痒挠多为塑料或不锈钢材质，有的带伸缩柄或按摩球。
使用
使用时手握柄端，将爪形一端伸到后背，轻轻挠动。老年人皮肤较薄，使用时力度不宜过大，以免抓伤皮肤。
文化
痒痒挠因为能帮人挠到自己够不着的地方，常被用作送给老人的小礼物，寓意孝顺和关怀。
""",
    ),
    dict(
        slug="drive-xiongmao-work-instruction-sheath-riveting",
        site="熊猫网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.xiongmao.example.cn/s/1qZ8fK3rT",
        title="刀鞘铆合工序作业指导书",
        record_title="刀鞘铆合工序作业指导书（终版）｜熊猫网盘",
        date=None,
        notes="cloud-drive preview with VIP prompts and a share-expiry line; a work instruction with decimal "
        "headings and no date (the share's expiry and save stamps are no dates)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>刀鞘铆合工序作业指导书（终版）｜熊猫网盘</title>
<script src="https://pan.xiongmao.example.cn/static/preview/doc.js"></script>
</head><body>
<div class="pan-top">⟦m 熊猫网盘⟧　⟦a 登录⟧　⟦a 开通超级会员⟧</div>
<div class="share-info">⟦m 分享者：锋藏生产部　｜　分享于 2 周前　｜　有效期：还剩 6 天⟧</div>
<div class="file-bar">⟦m 刀鞘铆合工序作业指导书（终版）.docx　　58KB⟧　<button>⟦a 转存到我的熊猫盘⟧</button><button>⟦a 下载⟧</button></div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 在线预览仅限前3页，开通超级会员预览全部页数⟧</div>
<div class="foot">⟦d 请勿通过熊猫网盘分享违法违规内容，一经发现将取消分享。⟧</div>
</body></html>
""",
        body="""
1 适用范围
本指导书适用于户外刀皮质刀鞘的铆钉铆合工序。
2 设备与工具
2.1 手动铆合机1台，铆合模具（8毫米）1套。
2.2 黄铜双面铆钉，规格8×8毫米。
3 操作步骤
3.1 将缝合完成的刀鞘放平，核对铆钉孔位置与图纸一致。
3.2 由刀鞘背面穿入铆钉母件，正面扣上铆钉帽。
3.3 将刀鞘放入铆合模具，压下手柄一次到位，不得重复压合。
3.4 铆合后用手拉动卡扣带，无松动、无歪斜为合格。
4 注意事项
4.1 铆合时手指远离模具，严禁两人同时操作一台设备。
4.2 不合格品放入红色周转箱，由班组长统一处理。
""",
    ),
    dict(
        slug="drive-pdf-stone-lock-training-plan-markers",
        site="云栈网盘 (invented, text preview of a shared PDF)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://yunzhan-pan.example.cn/share/preview?id=a7c2e90b",
        title="河滨公园全民健身石锁培训班实施方案",
        record_title="河滨公园全民健身石锁培训班实施方案.pdf",
        date="2025-05-06",
        notes="file-name title; a PDF's text cut by page markers ◾ 第n页 ◾ on lines of their own; 成文日期 under the "
        "signature; the save stamp is no date; a numbered list",
        page="""
!m 云栈网盘 · 文件预览
!t 河滨公园全民健身石锁培训班实施方案.pdf
!m 来自：萦山县文体中心　　保存于 3 天前　　PDF · 4页
!a [保存到云栈]　[下载原文件]　[举报]
{BODY}
!a 预览仅显示文字内容，表格与图片请下载后查看
!m 云栈网盘　yunzhan-pan.example.cn
""",
        pages=dict(fmt="◾ 第{n}页 ◾", every=80, start=2),
        body="""
为推广石锁这一传统健身项目，满足群众健身需求，县文体中心决定在河滨公园举办全民健身石锁培训班，特制定本方案。
一、培训时间：2025年5月至10月，每周六上午7:00—8:30。
二、培训地点：河滨公园北侧健身区。
三、培训对象：18至65周岁、身体健康的石锁爱好者，每期30人。
四、培训内容：
1.石锁基础知识和安全常识；
2.提、摆、推等基本动作；
3.单手抛接和双锁交替等进阶动作。
五、安全保障：培训统一使用6公斤和8公斤的包胶石锁，每次培训安排1名医护人员在场，参训学员须签订安全承诺书。
萦山县文体中心
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-xunzhen-market-check-knife-sheaths",
        site="寻真搜索 网页存档 (invented snapshot frame)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://cache.xunzhen.example.cn/c?u=http%3A%2F%2Fscj.tangyang.gov.example.cn%2Fxwdt%2F2025%2F0314%2F77.html",
        title="溏阳县市场监管局开展刀具及刀鞘产品质量抽检",
        record_title="〔历史存档页〕溏阳县市场监管局开展刀具及刀鞘产品质量抽检 - 寻真搜索",
        date="2025-03-14",
        notes="snapshot frame with a capture banner and highlighted keywords; the page's 发布时间 is the date; the "
        "capture stamp is no date; a results table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔历史存档页〕溏阳县市场监管局开展刀具及刀鞘产品质量抽检 - 寻真搜索</title>
<style>.hl{background:#ff6}</style>
</head><body>
<div class="cache-banner">⟦d 这是寻真搜索保存的历史存档页，存档时间为 2025年4月2日 03:15，当前页面可能已经更改。⟧ <a>⟦a 查看当前页面⟧</a></div>
<div class="cache-kw">⟦m 已为您标亮以下关键词：<span class="hl">刀鞘</span> <span class="hl">抽检</span>⟧</div>
<div class="orig">
<div class="head">⟦m 溏阳县市场监督管理局⟧</div>
<div class="crumb">⟦m 首页 > 新闻动态 > 工作动态⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-03-14　来源：质量股　浏览：296⟧</div>
<div class="zw">
{BODY}
</div>
<div class="foot">⟦m 溏阳县市场监督管理局主办　投诉举报：12315⟧</div>
</div>
</body></html>
""",
        body="""
近日，溏阳县市场监管局对县内商场、超市、五金店销售的刀具及刀鞘产品开展质量抽检，共抽取样品30批次，其中不合格4批次。
抽检中，质检人员重点检查了刀鞘的保护性能：刀具插入刀鞘后，倒置、晃动时不得滑出，刀尖不得刺穿刀鞘。
不合格产品情况如下：
产品名称　标称生产企业　不合格项目
户外折刀（带鞘）　浣滨区鸿利五金厂　刀鞘保持力
水果刀（带鞘）　滟湖利锋刀剪厂　刀鞘防刺穿
厨用刀具套装　溏阳县聚丰日用品店　标志与说明
该局已责令相关经营者下架不合格产品，并依法作进一步处理。
""",
    ),
    dict(
        slug="snapshot-text-consumer-tip-back-scratchers",
        site="觅迹搜索 纯文字存档 (invented text-only cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://cache.miji-search.example.cn/text?u=www.yhxbw.example.cn/xfts/2025/0920.html",
        title="关于选购和使用按摩类痒痒挠的消费提示",
        record_title="关于选购和使用按摩类痒痒挠的消费提示（纯文字版网页存档）",
        date="2025-09-18",
        notes="text-only cache: capture and crawl stamps are no dates; 成文日期 under the signature; the council's own "
        "12315 line stays in the body; a numbered list",
        page="""
!d 觅迹搜索纯文字存档｜原网页抓取于 2025-10-02 11:47，内容以原网页为准
!m 原网址：www.yhxbw.example.cn/xfts/2025/0920.html
!m 滟湖市消费者权益保护委员会 > 消费提示
{T}
{BODY}
!m 滟湖市消费者权益保护委员会 版权所有
!a 【返回原网页】　【关闭存档】
""",
        body="""
近期，市消保委陆续接到消费者反映，网购的按摩类痒痒挠存在伸缩柄断裂、电动按摩头发烫等问题。为此，市消保委发布如下消费提示：
1.选购时查看产品是否标注生产企业名称、地址和执行标准，不购买“三无”产品；
2.带电动按摩功能的，应选择有强制性产品认证标志的产品；
3.伸缩柄产品收放几次，检查锁紧是否可靠；
4.老年人皮肤薄，使用时力度要轻，皮肤有破损、湿疹时停止使用。
消费者如遇质量问题，可拨打12315投诉。
滟湖市消费者权益保护委员会
2025年9月18日
""",
    ),
    dict(
        slug="print-binhe-park-notice-stone-lock-area",
        site="萦山县城市公园管理处 (invented, print view)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ysgygl.example.cn/print.asp?id=315",
        title="关于河滨公园石锁健身区使用管理的公告",
        record_title="〔便于打印〕关于河滨公园石锁健身区使用管理的公告",
        date="2025-04-28",
        notes="print view calling window.print(), with a print footer ▢ 第1页 ▢ 共1页 ▢; the park office's own "
        "phone stays in the body; 成文日期 under the signature; a numbered list",
        page="""
<html><head><meta charset="utf-8">
<title>〔便于打印〕关于河滨公园石锁健身区使用管理的公告</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 【开始打印】⟧ ⟦a 【关掉本窗口】⟧</div>
<div class="phead">⟦m 萦山县城市公园管理处 · 文件打印⟧</div>
<h2 align="center">{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">⟦p ▢ 第1页 ▢ 共1页 ▢⟧</div>
<div class="purl">⟦m 打印自：http://www.ysgygl.example.cn/news/315.html⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
为保障游园群众安全，公园管理处在河滨公园北侧草坪设立了石锁健身区。现就石锁健身区使用管理事项公告如下：
1.在公园内练习石锁的，须在石锁健身区内进行，步道、广场、儿童游乐区内禁止抛接石锁；
2.练习者应相互保持3米以上距离，抛接高度不宜超过2米；
3.石锁健身区每天开放时间为6:00—21:00；
4.石锁用后请放置在健身区指定位置，不得随意丢弃在草坪上。
请广大市民自觉遵守。如有意见建议，请致电公园管理处：0743-6128085。
萦山县城市公园管理处
2025年4月28日
""",
    ),
    dict(
        slug="print-text-elder-college-bamboo-weaving-class",
        site="洌川县老年大学 (invented, text print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lcxlndx.example.cn/tz/print/2025-02-21.html",
        title="关于开设竹编（痒痒挠制作）兴趣班的通知",
        record_title="关于开设竹编（痒痒挠制作）兴趣班的通知（打印排版）",
        date="2025-02-20",
        notes="text print view: print header and a print footer ◯ 1 ／ 1 ◯ closing it; the print stamp is no date; "
        "成文日期 under the signature; the college's own 报名电话 stays in the body",
        page="""
!a 打印 ｜ 关闭
!m 洌川县老年大学 · 通知公告（打印排版）
{T}
!m 打印时间：2025-03-01 09:12
{BODY}
!m 页面地址：http://www.lcxlndx.example.cn/tz/2025-02-21.html
!p ◯ 1 ／ 1 ◯
""",
        body="""
各位学员：
应广大学员要求，我校本学期新开设竹编兴趣班，由苣湾镇竹编艺人欧德福老师授课，教学员用毛竹制作痒痒挠、竹筷、竹篮等日用小件。
一、上课时间：3月5日起，每周三下午2:30—4:30，共12次课。
二、上课地点：老年大学二楼手工教室。
三、招生人数：20人，额满为止。
四、注意事项：竹编需使用篾刀，请学员上课时戴好防护手套；患有严重关节炎、手部不便的学员请慎重报名。
报名电话：0746-3135520（教务处）。
洌川县老年大学
2025年2月20日
""",
    ),
    dict(
        slug="mail-webmail-museum-letter-borrow-sheaths",
        site="飞鸽邮 webmail (invented, reading view)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.feige.example.cn/read?mid=ZC2506-0603-1187",
        title="关于商借民族刀鞘藏品参加联展的函",
        record_title="Fwd: 〔借展商洽〕关于商借民族刀鞘藏品参加联展的函",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="webmail reading view with a forwarded header and an attachment bar next to the letter's own 附件 "
        "list; the letter's 抄送 line beside the header's 抄送; the museum's own contact and mailbox; "
        "成文日期 under the signature vs the mail's send date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: 〔借展商洽〕关于商借民族刀鞘藏品参加联展的函 - 飞鸽邮</title>
<script src="/webmail/js/reader.min.js"></script>
</head><body>
<div class="mail-top">⟦m 飞鸽邮　jxmzbwg@feige.example.cn⟧　⟦a 写信⟧　⟦a 收信⟧　⟦a 通讯录⟧</div>
<div class="mail-tools"><button>⟦a 回复⟧</button><button>⟦a 回复全部⟧</button><button>⟦a 转发⟧</button><button>⟦a 删除⟧</button></div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：陈馆长 &lt;chenzy@jxmzbwg.example.cn&gt;⟧</p>
<p>⟦m 收件人：陈列部 &lt;clb@jxmzbwg.example.cn&gt;⟧</p>
<p>⟦m 抄送：典藏部 &lt;dcb@jxmzbwg.example.cn&gt;⟧</p>
<p>⟦m 时间：2025年6月5日（星期四）上午10:26⟧</p>
</div>
<div class="mail-fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：滟湖市博物馆 &lt;bgs@yhbwg.example.cn&gt;⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach-bar">⟦a 📎 附件2个（共1.4MB）⟧<br>⟦a 借展藏品清单.xlsx　预览　下载⟧<br>⟦a 借展协议（草案）.docx　预览　下载⟧</div>
<div class="mail-foot">⟦d 飞鸽邮提醒：请勿轻信邮件中的汇款要求。⟧</div>
</body></html>
""",
        body="""
浃溪县民族博物馆：
我馆定于2025年9月至12月举办“锋刃与纹饰——滟湖地区传统刀具文化联展”。贵馆收藏的民族刀鞘工艺精湛、纹饰独特，是反映本地区刀鞘制作技艺的珍贵实物。经研究，特商请借展贵馆藏品中的木胎包银刀鞘6件、皮质刀鞘4件。
借展期间，藏品的运输、布展、保险等费用由我馆承担，展厅安防和恒温恒湿条件符合一级风险单位标准。
如蒙同意，请于6月20日前函复。
联系人：祁立文，电话：0731-5528146，邮箱：clb@yhbwg.example.cn
附件：1.借展藏品清单
2.借展协议（草案）
滟湖市博物馆
2025年6月3日
抄送：滟湖市文物局
""",
    ),
    dict(
        slug="mail-text-forward-supplier-letter-coat-rack-delay",
        site="酒店采购部邮件转发 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:caigou@huating-hotel.example.cn",
        title="关于衣帽架延期交货的函",
        record_title="转发：关于衣帽架延期交货的函.docx",
        date="2025-09-18",
        date_also=["2025-09-19"],
        notes="file-name title of a forwarded mail; forwarded headers and an attachment line before the letter; the "
        "supplier's own contact in the letter; 成文日期 under the signature vs the send date",
        page="""
!m 发件人：采购部 方琪 <caigou@huating-hotel.example.cn>
!m 发送时间：2025年9月19日 14:08
!m 收件人：客房部 石晓燕
!m 主题：转发：关于衣帽架延期交货的函.docx
!a 附件：关于衣帽架延期交货的函.docx（36KB）　[下载]　[在线预览]
!m 石主管：供应商来函说衣帽架要推迟交货，请客房部看一下是否影响十月的客房更新。
!m -------- 原始邮件 --------
!m 发件人：浣滨区安居办公家具厂 <aj_jiaju@anju-furniture.example.cn>
{T}
{BODY}
!d 此邮件由华庭酒店邮件系统发送，仅供收件人使用，请勿转发给无关人员。
""",
        body="""
滟湖华庭酒店采购部：
贵酒店订购的壁挂式衣帽架200套，原定于9月25日交货。因我厂供应的铝合金挂杆到货推迟，加上近期订单集中，交货时间需推迟至10月12日。
对由此给贵酒店带来的不便，我厂深表歉意。为弥补损失，我厂将免费为贵酒店上门安装全部衣帽架，并将质保期由一年延长至两年。
如贵酒店对延期交货有异议，请与我厂联系协商。
联系人：许志刚，电话：0731-5564409。
浣滨区安居办公家具厂
2025年9月18日
""",
    ),
]
