"""holdout82, part B: a blog, WeChat mirrors, sharing pages, education portals, intranets, Q&A.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-html-hailpost-observer-diary",
        site="云岭观天（博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://yunlingguantian.example.org/post/214.html",
        title="在防雹点值守的第十个夏天",
        record_title="在防雹点值守的第十个夏天 - 云岭观天",
        date="2025-08-09",
        notes="blog HTML with tag cloud, archive and recent comments; 发表于 post date; a 'like/reward' action row glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在防雹点值守的第十个夏天 - 云岭观天</title></head><body>
<header>⟦m 云岭观天⟧<small>⟦m 记录高原上的每一朵云⟧</small></header>
<nav>⟦m 首页 · 日志 · 相册 · 关于我⟧</nav>
<article><h2>{T}</h2><p class="meta">⟦m 发表于 2025年8月9日　作者：老段　分类：值守笔记⟧</p>
{BODY}
</article>
<section>⟦l 最新评论：云游客：向基层气象人致敬！⟧</section>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 冰雹 雷达 高炮 烤烟 高原⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年8月 (3) 2025年7月 (5)⟧</p></aside>
<footer>⟦d © 云岭观天 本站文章均为原创，未经许可请勿转载⟧</footer></body></html>
""",
        body="""
今年是我在二号防雹作业点值守的第十个夏天，作业点在半山腰，离最近的村子有四公里。
每到午后，雷达回波一出现，我们就要在十分钟内完成装弹、申请空域、等待指令。
山下的烤烟地是乡亲们一年的收成，一场冰雹能让几百亩烟叶一夜之间全部打烂。
十年来，这个点共作业二百一十七次，保护区内没有发生过一次重雹灾。⟦a 👍 赞一个　💰 打赏作者⟧
""",
    ),
    dict(
        slug="wechat-mirror-abalone-lecture-follow",
        site="微读镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://weidu.example.cn/s/aoyu-fisheries-2025-0316",
        title="在全县鲍鱼产业高质量发展推进会上的讲话",
        record_title="在全县鲍鱼产业高质量发展推进会上的讲话 | 鳌屿渔业发布",
        date="2025-03-16",
        notes="mirror of an official account: account line with date, follow prompts, 阅读原文/在看 row; speaker line and date under the title neutral",
        page="""
!m 鳌屿渔业发布　2025-03-18 17:02　发表于福建
!a 点击上方蓝字关注我们
!t 在全县鲍鱼产业高质量发展推进会上的讲话
县委常委、副县长　林海生
（2025年3月16日）
{BODY}
!a 阅读原文
!l 分享　收藏　在看　点赞
!d 本页面由微读镜像自动抓取，版权归原公众号所有。
""",
        body="""
同志们：
去年我县鲍鱼产量突破两万吨，产值四十六亿元，已经成为沿海群众增收致富的主导产业。
但我们也要清醒看到，苗种退化、病害频发、精深加工不足等问题仍然制约着产业发展。
今年要重点抓好三件事：一是建设省级鲍鱼良种场；二是推广深远海养殖平台；三是引进两家以上精深加工企业。
各乡镇、各部门要对照任务清单，倒排工期、挂图作战，确保各项目标落到实处。
""",
    ),
    dict(
        slug="wechat-html-springroll-food-safety",
        site="公号存档站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gzhcd.example.com/a/7f3c2b91",
        title="关于春节期间春卷皮作坊食品安全专项检查的通知",
        record_title=None,
        date="2025-01-15",
        date_also=["2025-01-16"],
        notes="WeChat-style section/span mirror; no record title; account date and document date differ (both accepted); a scan-to-follow line inside the body area; the notice asks shops to 扫码 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>关于春节期间春卷皮作坊食品安全专项检查的通知</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 溪口市场监管⟧ ⟦m 2025年1月16日 08:30⟧ ⟦m 浙江⟧</div>
<section><span>⟦a 👆点击蓝字 关注我们⟧</span></section>
{BODY}
<section><span>⟦a 长按识别二维码，关注“溪口市场监管”⟧</span></section>
<section>⟦l 往期推荐：年货选购小贴士 ｜ 冷冻食品储存指南⟧</section>
<div class="tool">⟦l 分享 在看 点赞 留言⟧</div>
</div>
<footer>⟦d 内容转自微信公众平台，仅作存档，版权归原作者⟧</footer></body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
各春卷皮生产作坊：
春节临近，春卷皮进入生产销售高峰，为保障群众吃得放心，局里决定于1月20日至2月10日开展专项检查。
检查重点包括从业人员健康证明、面粉等原料进货查验记录、生产场所卫生和冷藏设施运行情况。
各作坊须在店门口张贴“阳光厨房”码，群众扫码即可查看作坊的检查结果。
溪口镇市场监督管理所
2025年1月15日
""",
    ),
    dict(
        slug="docshare-yunshu-minutes-wheel-wps",
        site="云书共享 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://share.yunshu.example.com/d/HsT82kQ",
        title="古水车保护协调会会议纪要",
        record_title="古水车保护协调会会议纪要.wps",
        date="2025-04-02",
        notes="file-name title; minutes' 时间/地点/主持/参会/记录 lines kept; a vote count; a share-link box and an expiry line; download button",
        page="""
!m 云书共享 | 文件预览
!t 古水车保护协调会会议纪要.wps
!m 分享者：水源乡文化站　大小：28KB　有效期：永久
!a 保存到我的云书　下载(28KB)　举报
{BODY}
!w 文件转换、排版代做，扫码联系小书客服
!m 链接：https://share.yunshu.example.com/d/HsT82kQ 提取码：w7c2
""",
        body="""
时间：2025年4月2日上午9时
地点：乡政府三楼会议室
主持：乡长 周志远
参会：乡文化站、农业服务中心、石碾村、下湾村负责同志
记录：何小芹
会议研究了古水车群保护管理有关事项，形成如下意见：
一、石碾村、下湾村各确定两名水车看护员，看护补贴由乡财政列支。
二、每年春灌前由农业服务中心组织一次水车检修。
三、会议对看护员补贴标准进行了表决，应到九人，实到九人，同意九票。
""",
    ),
    dict(
        slug="docshare-html-hail-summary-no-title",
        site="百页分享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.baiye.example.net/p/30918822.html",
        title="2024年度人工影响天气工作总结",
        record_title=None,
        date="2024-12-20",
        notes="no record title; sharing reader with page-count box; a data table kept (one row a paragraph, ideographic spaces); a login prompt in the middle of the body (own line)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年度人工影响天气工作总结-百页分享</title></head><body>
<div class="nav">⟦m 百页分享 首页 | 文档 | 专辑 | 上传⟧</div>
<div class="doc-head"><h1>{T}</h1><p>⟦m 5页 | 1.2万字 | 0人评分 | 上传于2025-01-08⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-foot">⟦a 下载此文档⟧ ⟦a 放大 缩小 全屏⟧</div>
<div class="rec">⟦l 猜你喜欢：气象局年度工作总结 / 防灾减灾工作汇报 / 防雹作业安全制度⟧</div>
<div class="ft">⟦m 百页分享 www.baiye.example.net⟧ ⟦d 如本文档侵犯了您的权益，请联系我们删除⟧</div></body></html>
""",
        body="""
2024年，县气象局人工影响天气工作在县委、县政府领导下，全年组织防雹作业一百四十六点次，有效保护烤烟等作物二十三万亩。
主要作业数据如下：
作业点　作业次数　用弹量
一号点　　38　　　412发
二号点　　41　　　455发
⟦a 登录后查看剩余内容⟧
三号点　　67　　　698发
明年将新建标准化作业点两个，完成全部作业点视频监控全覆盖。
罗桥县气象局
2024年12月20日
""",
    ),
    dict(
        slug="edu-haiwan-notice-abalone-study-trip",
        site="海湾区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.haiwan.example.gov.cn/tzgg/2025/0410/3391.html",
        title="关于组织中小学生赴鲍鱼育苗基地开展研学实践活动的通知",
        record_title="关于组织中小学生赴鲍鱼育苗基地开展研学实践活动的通知 - 海湾区教育局",
        date="2025-04-10",
        notes="education portal text; 附件 list kept; the document's contact next to the bureau's 监督电话 in the footer; students 打印 回执 (kept)",
        page="""
!m 海湾区教育局
!m 当前位置：首页 » 通知公告
!t 关于组织中小学生赴鲍鱼育苗基地开展研学实践活动的通知
!m 时间：2025-04-10　作者：基教科　点击：614
{BODY}
!a 【打印此页】　【返回顶部】
!m 教育局地址：海湾区滨江路18号　教育服务监督电话：0595-8801234
""",
        body="""
各中小学：
为丰富学生实践体验，区教育局决定于4月下旬组织各校学生分批赴东澳鲍鱼育苗基地开展研学实践活动。
一、活动对象为四至八年级学生，每批不超过一百二十人。
二、请各校于4月18日前报送参加人数，并由家长签署安全承诺书。
三、请各校自行打印附件2回执，由学生带回家长签字后交班主任。
联系人：林老师　电话：0595-8806612
附件：1.研学实践活动分批安排表　2.家长回执
海湾区教育局
2025年4月10日
""",
    ),
    dict(
        slug="edu-html-school-eggs-labour-lesson",
        site="湖湾中心小学 (invented)",
        style="教育门户",
        genre="教案",
        kind="plan",
        form="html",
        source="http://www.hwzx.example.edu.cn/jxky/2025/1021/612.html",
        title="劳动教育课《学做咸鸭蛋》教学设计",
        record_title="劳动教育课《学做咸鸭蛋》教学设计_教学科研_湖湾中心小学",
        date="2025-10-21",
        notes="old school site with table layout; 【发表评论】【打印此文】 row; visitor count; numbered teaching steps kept; decimal headings",
        page="""
<html><head><meta charset="gbk"><title>劳动教育课《学做咸鸭蛋》教学设计_教学科研_湖湾中心小学</title></head><body>
<table width="100%"><tr><td>⟦m 湖湾中心小学 — 勤学 善思 明德 力行⟧</td></tr><tr><td>⟦m 学校首页 | 学校概况 | 德育之窗 | 教学科研 | 家校共育⟧</td></tr></table>
<table><tr><td><h2>{T}</h2></td></tr>
<tr><td>⟦m 作者：五年级组 王晓丽　发布日期：2025-10-21　阅读：388⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr></table>
<table><tr><td>⟦d 版权所有 湖湾中心小学　地址：湖湾镇学府路2号⟧ ⟦m 苏ICP备10092811号⟧</td></tr></table></body></html>
""",
        body="""
1.教学目标
通过观察和动手操作，了解咸鸭蛋盐水腌制的基本方法，体会家乡传统食品的制作智慧。
2.教学过程
2.1 导入：出示家乡咸鸭蛋图片，请学生说说吃过的咸鸭蛋是什么味道。
2.2 示范：教师演示洗蛋、晾干、配盐水、入坛封口四个步骤。
2.3 实践：每组领取六枚鸭蛋，按步骤完成腌制，并填写观察记录表。
3.课后延伸
请学生每周观察一次，二十天后带回家与家人一起品尝。
""",
    ),
    dict(
        slug="oa-haixin-report-urchin-plant-flow",
        site="海鑫水产内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.haixin.example.local/doc/view?id=20250611-042",
        title="关于海胆加工车间冷库温度异常情况的报告",
        record_title="内部资料-关于海胆加工车间冷库温度异常情况的报告",
        date="2025-06-11",
        notes="intranet document view: watermark, 流转记录 table, read count; decorated title 内部资料-; the report's own contact line kept",
        page="""
<html><head><meta charset="utf-8"><title>内部资料-关于海胆加工车间冷库温度异常情况的报告</title></head><body>
<div class="oa-top">⟦m 海鑫水产协同办公平台⟧ ⟦m 当前用户：陈思远（质检部）⟧ ⟦a 退出⟧</div>
<div class="wm">⟦d 内部资料 严禁外传 陈思远 2025-06-12⟧</div>
<h2>{T}</h2>
<div class="docinfo">⟦m 文档编号：HX-ZJ-2025-042　密级：内部　已读 37 人⟧</div>
{BODY}
<table class="flow"><tr><td>⟦m 流转记录⟧</td></tr><tr><td>⟦m 质检部 陈思远 拟稿 2025-06-11 10:20⟧</td></tr><tr><td>⟦m 生产副总 郑伟 已阅 2025-06-11 15:03⟧</td></tr></table>
<div class="btns">⟦a 转发 归档 打印 导出PDF⟧</div>
</body></html>
""",
        body="""
公司领导：
6月10日夜间，海胆加工车间二号冷库温度由零下十八摄氏度升至零下九摄氏度，持续约三小时。
经排查，原因为压缩机启动继电器老化失灵，值班人员发现后已切换备用机组。
库内存放的冻海胆黄一千二百盒已全部抽检，检测结果合格，未造成产品损失。
建议对全部冷库压缩机继电器进行更换，并增设温度超限短信报警。
联系人：质检部 陈思远，分机 8023
质检部
2025年6月11日
""",
    ),
    dict(
        slug="oa-text-windfarm-safety-plan-intranet",
        site="北岬风电内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://portal.beijia-wind.example.local/notice/2025/0302-17",
        title="北岬风电场2025年春季安全大检查实施方案",
        record_title=None,
        date="2025-03-02",
        notes="no record title: title only in a breadcrumb-like header after 公文>; a watermark line between paragraphs; 印发 line kept",
        page="""
!m 北岬风电 · 企业门户
!m 公文 > 北岬风电场2025年春季安全大检查实施方案
!m 发布部门：安全生产部　阅读次数：219
{BODY}
!a 附件下载　|　打印　|　收藏到我的文档
""",
        body="""
为全面排查风电场安全隐患，确保春季生产安全稳定，特制定本方案。
一、检查时间：3月5日至3月25日。
二、检查内容：风机塔筒螺栓紧固、叶片防雷接地、箱变油位、升压站消防设施。
⟦d 内部文件·仅限本公司员工查阅⟧
三、工作要求：检查发现的隐患实行清单管理，一般隐患七日内整改，重大隐患立即停机处置。
安全生产部
2025年3月2日
北岬风电场综合办公室　2025年3月2日印发
""",
    ),
    dict(
        slug="qa-wenjin-answer-eggs-salt-ratio",
        site="问津知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://wenjin.example.com/question/51920371",
        title="腌咸鸭蛋盐和水的比例是多少？",
        record_title=None,
        date="2025-09-14",
        notes="no record title: the question as the title; 回答于 line as the page date; vote bar and other answers below; a relative time on another answer",
        page="""
!m 问津知道 › 生活 › 美食
!t 腌咸鸭蛋盐和水的比例是多少？
!m 提问者：糯米团子　｜　12人关注
!m 湖湾老蛋匠　回答于 2025-09-14
{BODY}
!l 赞同 86　反对　评论 7
!l 其他回答（3）：用白酒滚一下蛋再腌，出油更多…… 2天前
!a 我来回答　|　邀请专家
""",
        body="""
我家做了三十年咸鸭蛋，说说我的经验。
一般是一斤水配四两盐，盐要用粗盐，水要烧开晾凉再用。
鸭蛋要先洗干净晾干，蛋壳上有裂纹的不能腌。
腌二十天左右就能煮着吃，想要蛋黄出油，可以放到二十五天。
""",
    ),
    dict(
        slug="qa-html-springroll-shop-license",
        site="百事问 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.baishiwen.example.com/q/882013.html",
        title="在家做春卷皮卖需要办什么证？",
        record_title="在家做春卷皮卖需要办什么证？_百事问",
        date="2025-11-03",
        notes="Q&A HTML with a vote bar; answer with a numbered list; an ask-a-lawyer prompt glued before the first sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在家做春卷皮卖需要办什么证？_百事问</title></head><body>
<div class="hd">⟦m 百事问 — 有问题，就问百事问⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 3人回答 · 1,022次浏览⟧</p></div>
<div class="a"><div class="user">⟦m 市场监管小罗　认证：基层市场监管所工作人员⟧</div>
<div class="time">⟦m 回答时间：2025-11-03 20:17⟧</div>
{BODY}
<div class="vote">⟦l 有用(41) 没用(2) 收藏 分享⟧</div></div>
<div class="more">⟦l 相关问题：家庭作坊做馒头卖合法吗？ 小作坊登记证怎么办理？⟧</div>
<footer>⟦d 百事问内容仅供参考，不构成专业意见⟧</footer></body></html>
""",
        body="""
⟦w 点此免费咨询专业人士⟧按照我们省的规定，在家生产春卷皮对外销售，属于食品小作坊，需要办理以下手续：
1.到所在地市场监管所申请食品小作坊登记证；
2.从业人员办理健康证明；
3.生产场所要与生活区分开，并有防蝇防鼠设施。
登记是免费的，材料齐全的话一般十个工作日内就能办好。
""",
    ),
]
