"""holdout136, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 — invented sites and documents."""

CASES = [
    dict(
        slug="fanwen-shuyin-speech-tree-planting",
        site="书荫范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shuyinfw.example.com/jianghua/2025/0312/7731.html",
        title="在全县义务植树活动启动仪式上的讲话",
        record_title="【精编】在全县义务植树活动启动仪式上的讲话（通用2篇）",
        date="2025-03-12",
        notes="decorated record title; date under the speech title; a writing-service prompt glued after a sentence and a member-unlock line between paragraphs",
        page="""
!m 书荫范文网 — 写材料，先来书荫
!m 位置：书荫首页 ＞ 讲话致辞 ＞ 启动仪式
!t 【精编】在全县义务植树活动启动仪式上的讲话（通用2篇）
!m 收录：书荫小编　阅读量 2213
县委副书记　柯明远
（2025年3月12日）
{BODY}
!a 全文已展示完毕，点「存到我的文档」可一键带走
!l 看了这篇的人还看了：植树节国旗下讲话｜绿化委员会全体会议主持词
!d 书荫范文网所载文章均为会员投稿整理，若涉版权请致函编辑部删除。
""",
        body="""
同志们：
今天，我们在杞河北岸集中开展义务植树活动，正式拉开全县春季国土绿化的序幕。
去年全县完成人工造林一万二千亩，森林覆盖率提高到百分之五十八点三，绿化成果来之不易。⟦w 材料写不出来？书荫写手一对一帮改，薇信 shuyin_xiezuo⟧
今年我们要坚持科学绿化，宜乔则乔、宜灌则灌，不搞大树进城，不搞一夜成林。
⟦a 后面还有约400字，开通书荫月卡即可继续阅读⟧
各乡镇要把义务植树任务分解到村、到单位、到个人，确保栽一棵、活一棵、成林一片。
最后，祝愿今天的活动圆满成功！
""",
    ),
    dict(
        slug="fanwen-moxiang-summary-fish-ladder-oldtable",
        site="墨香公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.moxianggw.example.net/zongjie/html/20251108/5520.asp",
        title="石嵋水电站2025年鱼道过鱼监测工作总结",
        record_title=None,
        date="2025-11-08",
        notes="old gb2312 table layout with marquee, counter, font-size row and floating QQ box; title missing from the record; data table kept; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>石嵋水电站2025年鱼道过鱼监测工作总结_工作总结_墨香公文网</title>
<script>var _hmt=_hmt||[];</script></head><body>
<table width="960" align="center"><tr><td>⟦m 墨香公文网　www.moxianggw.example.net⟧</td><td>⟦a 设为首页｜加入收藏⟧</td></tr></table>
<marquee>⟦m 热烈庆祝墨香公文网开通十五周年，会员资料每日更新！⟧</marquee>
<table width="960" align="center"><tr><td width="220" valign="top">
<div>⟦l 本类热门：⟧</div><ul><li>⟦l 水库管理所年终总结⟧</li><li>⟦l 河道保洁半年小结⟧</li></ul>
</td><td valign="top">
<div>⟦m 您现在的位置：墨香公文网 >> 总结大全 >> 工作总结⟧</div>
<h1>⟦t 石嵋水电站2025年鱼道过鱼监测工作总结⟧</h1>
<div>⟦m 更新时间：2025-11-20 9:41:06　点击数：⟧<script>document.write(318)</script></div>
<div>⟦a 【阅读字号：放大　默认　缩小】⟧</div>
{BODY}
<div>⟦l 上一篇：水电站防汛工作总结　下一篇：电站安全生产月活动总结⟧</div>
</td></tr></table>
<div id="float">⟦w 代笔写作 QQ 2817700653⟧</div>
<table width="960" align="center"><tr><td>⟦d 本站部分内容来自网络，仅供参考，不代表本站立场⟧<br>⟦m 豫ICP备10032817号-2⟧</td></tr></table>
</body></html>
""",
        body="""
今年以来，电站按照环评批复要求，对鱼道运行和过鱼效果开展全年监测，现将有关情况总结如下。
一、监测安排。鱼道于4月1日至10月31日连续开放，在上游出口设视频计数装置一套，每月开展一次人工采样。
二、监测结果。全年共记录过鱼四万一千余尾，主要种类为鲫、鲤、鲢和黄颡鱼。
月份　过鱼数量（尾）　主要种类
5月　9820　鲫、鲤
6月　12460　鲢、鲫
7月　8310　黄颡鱼
三、存在问题。汛期进口水流过急，部分小型鱼类难以上溯，进口拦污栅清理不够及时。
四、下步打算。明年将优化进口流速调度，增加夜间采样频次，并邀请县水产站参与数据复核。
石嵋水电站
2025年11月8日
""",
    ),
    dict(
        slug="wenku-yunjuan-plan-crucian-markers",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunjuan.example.com/view/9f2a77c1e0.html",
        title="蓟塘镇鲫鱼生态养殖合作社2026年发展方案",
        record_title="蓟塘镇鲫鱼生态养殖合作社2026年发展方案.docx",
        date="2025-12-16",
        notes="file-name title; wrapped at 64 columns and cut by ⸨n⸩ page markers, glued or not; a preview-end prompt at the bottom",
        wrap=64,
        pages=dict(fmt="⸨{n}⸩", every=130, start=2, glue="mix"),
        page="""
!m 云卷文库｜专业文档分享
!t 蓟塘镇鲫鱼生态养殖合作社2026年发展方案.docx
!m 页数：4　大小：36KB　贡献者：tangfish_88
{BODY}
!a 试看到此为止，余下2页需用“卷币”兑换
!a 兑换全文　｜　加入书架　｜　举报
!l 同类文档：稻田养鱼技术方案　池塘尾水治理方案
""",
        body="""
为推动合作社鲫鱼养殖提质增效，带动社员稳定增收，结合合作社实际，制定本方案。
一、发展目标。到2026年底，合作社标准化池塘面积达到六百亩，亩均产量稳定在一千二百斤以上，社员人均增收三千元。
二、主要措施。（一）推广池塘尾水三级净化，新建生态沟渠四千米。（二）统一供应优质苗种，统一饲料采购，统一技术指导。（三）注册“蓟塘鲫”商标，开拓县城和周边商超销售渠道。
三、保障措施。合作社理事会负责方案实施，每季度召开一次社员大会通报进展，财务收支按月公开。
蓟塘镇鲫鱼生态养殖合作社
2025年12月16日
""",
    ),
    dict(
        slug="wenku-haiying-report-tidal-power-html-pages",
        site="海映文档 (invented)",
        style="文库预览",
        genre="报告",
        kind="report",
        form="html",
        source="https://www.haiyingdoc.example.cn/p-30817754.html",
        title="浪屿潮汐电站2025年度安全生产工作报告",
        record_title="浪屿潮汐电站2025年度安全生产工作报告 - 海映文档",
        date="2026-01-09",
        notes="modern 文库 reader: page markers as ⌜n⌝ HTML paragraphs cutting sentences, a toolbar, a VIP prompt, related docs",
        pages=dict(fmt="⌜{n}⌝", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>浪屿潮汐电站2025年度安全生产工作报告 - 海映文档</title>
<script src="/static/reader.min.js"></script></head><body>
<header><div class="logo">⟦m 海映文档⟧</div><nav>⟦l 首页　行业资料　范文　考试　VIP专区⟧</nav><a>⟦a 登录/注册⟧</a></header>
<div class="toolbar">⟦a 全屏　｜　缩放　｜　下一页　｜　下载（18卷豆）⟧</div>
<h1>⟦t 浪屿潮汐电站2025年度安全生产工作报告⟧</h1>
<div class="info">⟦m 上传：浪屿小蔡　共5页　浏览 96⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 开通海映VIP，本文免卷豆下载，还可无广告阅读⟧</div>
<aside><h3>⟦l 猜你想找⟧</h3><ul><li>⟦l 风电场年度安全总结⟧</li><li>⟦l 光伏电站运维报告⟧</li></ul></aside>
<footer>⟦d 文档由用户上传分享，海映文档仅提供存储空间，如有侵权请联系我们下架⟧　⟦m 浙ICP备2021008811号⟧</footer>
</body></html>
""",
        body="""
2025年，电站认真落实安全生产责任制，全年实现无人身伤亡、无设备重大损坏、无环境污染事件。
一、机组运行情况。全年双向发电运行四千二百小时，累计发电量一千零八十万千瓦时，机组等效可用系数百分之九十六点四。
二、隐患排查治理。全年开展综合检查十二次、专项检查二十次，排查隐患四十七项，已全部整改到位。
三、防台防汛工作。汛前对库区堤坝、闸门启闭机和厂房防洪墙进行全面检查，成功应对两次台风影响。
四、存在不足。部分运行人员应急处置能力不强，水下设施检测手段还比较单一。
2026年，电站将重点加强水工建筑物监测和员工实操培训，确保安全生产形势持续稳定。
浪屿潮汐电站
2026年1月9日
""",
    ),
    dict(
        slug="gov-qiaoshan-notice-love-fridge-html",
        site="樵山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qiaoshan.example.gov.cn/zwgk/tzgg/202506/t20250618_88214.html",
        title="关于规范设置社区爱心冰箱的通知",
        record_title="关于规范设置社区爱心冰箱的通知",
        date="2025-06-18",
        notes="modern county portal with 索引号 table, elder mode row, byline; the notice's own contact next to the portal's 12345 line; 附件 list kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于规范设置社区爱心冰箱的通知_樵山县人民政府</title></head><body>
<div class="top">⟦a 长辈版　｜　无障碍　｜　简体/繁體⟧</div>
<div class="banner">⟦m 樵山县人民政府　QIAOSHAN COUNTY⟧</div>
<div class="crumb">⟦m 首页 › 政务公开 › 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11432819MB1577620P/2025-01932⟧</td><td>⟦m 发布机构：县民政局⟧</td></tr><tr><td>⟦m 发文日期：2025-06-18⟧</td><td>⟦m 主题分类：社会救助⟧</td></tr></table>
<h1>⟦t 关于规范设置社区爱心冰箱的通知⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-18 16:02　浏览次数：471⟧</div>
<div class="zw">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】【关闭窗口】【字号 大 中 小】⟧</div>
<div class="ft">⟦m 樵山县人民政府办公室主办　政务服务热线：12345⟧<br>⟦m 湘公网安备 43281902000198号　网站标识码4328190001⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，各街道办事处，县直有关单位：
近年来，我县部分社区自发设置爱心冰箱，为困难群众和户外劳动者免费提供食品，受到群众好评。为保障食品安全、规范运行管理，现就有关事项通知如下。
一、设置主体。爱心冰箱由社区居委会或登记注册的社会组织设置，设置前应向所在乡镇（街道）报备。
二、食品管理。冰箱内只接收包装完好、在保质期内的食品，不接收自制食品和散装熟食，管理人员每日清理过期食品并做好记录。
三、监督检查。县市场监管局、县民政局每半年开展一次联合检查。
联系人：县民政局社会救助股　黎晓岚，电话：0739-5512306。
附件：1.爱心冰箱设置报备表
2.爱心冰箱食品接收登记表
樵山县民政局
2025年6月18日
""",
    ),
    dict(
        slug="gov-yuehe-notice-parking-attendants-oldtable",
        site="岳禾县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuehe.example.gov.cn/Article/ShowArticle.asp?ArticleID=6620",
        title="关于开展城区道路停车管理员岗前培训的通知",
        record_title="【通知公告】关于开展城区道路停车管理员岗前培训的通知",
        date="2025-08-04",
        notes="old ASP table layout, marquee and visitor counter; a schedule table; 抄送 line kept; doc number neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>岳禾县人民政府--通知公告</title></head><body>
<table width="100%"><tr><td>⟦m 岳禾县人民政府门户网站⟧</td></tr></table>
<marquee scrollamount="3">⟦m 文明岳禾欢迎您　今天是：⟧<script>document.write(new Date().toLocaleDateString())</script></marquee>
<table><tr><td>⟦m 当前位置：网站首页 → 通知公告 → 正文⟧</td></tr></table>
<table><tr><td align="center"><b>⟦t 关于开展城区道路停车管理员岗前培训的通知⟧</b></td></tr>
<tr><td align="center">⟦m 作者：县城管局　来源：本站原创　点击：⟧<script>document.write(207)</script>⟦m 次　更新：2025-8-6⟧</td></tr>
<tr><td align="center">岳城管发〔2025〕19号</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr></table>
<table><tr><td>⟦l ·上一条：关于夏季渣土运输管理的通告⟧<br>⟦l ·下一条：县城区占道经营整治情况通报⟧</td></tr></table>
<table><tr><td>⟦m 版权所有：岳禾县人民政府办公室　备案号：赣ICP备06011723号⟧<br>⟦m 您是本站第 ⟧<script>document.write(1033918)</script>⟦m  位访客⟧</td></tr></table>
</body></html>
""",
        body="""
县停车服务公司：
城区道路泊位收费管理将于9月1日起实施，为提高停车管理员服务水平，经研究，决定开展岗前培训。
一、培训对象：新招聘的道路停车管理员共六十二名。
二、培训安排
日期　内容　地点
8月11日　停车收费政策和文明服务规范　县城管局三楼会议室
8月12日　手持收费终端操作　城区人民路泊位
8月13日　交通安全和应急处置　县交警大队训练场
三、有关要求。参训人员须全程参加，考试合格后方可上岗。
岳禾县城市管理局
2025年8月4日
抄送：县交警大队，县发改局。
""",
    ),
    dict(
        slug="news-caohai-html-bustard-monitoring",
        site="草海新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.caohainews.example.cn/sh/2025-12/03/content_301772.html",
        title="湄原湿地越冬大鸨数量创十年新高",
        record_title=None,
        date="2025-12-03",
        notes="news portal: byline 发布时间 is the date; a photo caption between paragraphs; an editor line glued after the last paragraph; hot list and share bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>湄原湿地越冬大鸨数量创十年新高-草海新闻网</title></head><body>
<div class="nav">⟦l 首页｜时政｜社会｜生态｜视频｜评论⟧</div>
<div class="loc">⟦m 草海新闻网 > 社会 > 生态环境⟧</div>
<h1>⟦t 湄原湿地越冬大鸨数量创十年新高⟧</h1>
<div class="byline">⟦m 2025-12-03 08:15　来源：草海日报　记者：骆青禾 通讯员：牟晨⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友　QQ空间　新浪微博⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 全市首条环湖绿道全线贯通⟧</li><li>⟦l 寒潮来袭 这些路段请绕行⟧</li></ol></div>
<div class="foot">⟦d 草海新闻网版权所有，未经书面授权禁止转载⟧　⟦m 互联网新闻信息服务许可证：52120190003⟧</div>
</body></html>
""",
        body="""
本报讯　12月1日，湄原湿地保护区开展今冬第二次大鸨同步调查，共记录越冬大鸨一百三十七只，为近十年来最多。
大鸨是国家一级重点保护野生动物，每年11月从北方飞抵湄原越冬，主要在保护区周边的麦田和荒滩觅食。
⟦m （图为大鸨在湄原湿地外围农田觅食。牟晨 摄）⟧
保护区管理局工作人员介绍，近年来当地与周边农户签订生态补偿协议，冬季预留部分小麦供鸟类取食，并拆除了一批废弃电力线路。
下一步，保护区将加密巡护频次，严防投毒、网捕等违法行为。⟦m （责任编辑：韦晴）⟧
""",
    ),
    dict(
        slug="news-linbo-text-pelican-returning",
        site="林波融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.linborm.example.com/article/2025/1118/44096",
        title="卷羽鹈鹕时隔六年重返长汀湖",
        record_title="卷羽鹈鹕时隔六年重返长汀湖丨林波融媒",
        date="2025-11-18",
        notes="news app text page: title repeated and glued to the lead; an app-open prompt between paragraphs; a relative time near the byline",
        page="""
!m 林波融媒　看见林波
!a 打开APP，阅读体验更佳
!t 卷羽鹈鹕时隔六年重返长汀湖丨林波融媒
!m 林波融媒记者 沙一鸣　2025.11.18　3小时前
⟦t 卷羽鹈鹕时隔六年重返长汀湖⟧{BODY}
!l 推荐阅读
!l 长汀湖退渔还湖工程通过验收
!l 湖区候鸟监测志愿者招募启动
""",
        body="""
11月16日，长汀湖管理站巡护员在湖区南岸发现三只卷羽鹈鹕，这是该物种时隔六年再次在长汀湖被记录。
卷羽鹈鹕体型硕大，在我国数量稀少，被列为国家一级重点保护野生动物。
⟦a 下载林波融媒客户端，看鹈鹕觅食高清视频⟧
管理站站长唐书义说，三年前湖区完成退渔还湖后，浅滩面积增加，鱼类资源逐步恢复，为大型水鸟提供了良好的栖息条件。
管理站提醒市民，观鸟时请与鸟类保持安全距离，不要驾驶船只靠近驱赶。
""",
    ),
    dict(
        slug="forum-feiying-drone-racing-junk",
        site="飞鹰模友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.feiyingmy.example.com/thread-88217-1-1.html",
        title="关于举办2025年秋季无人机竞速邀请赛的通知",
        record_title="[赛事公告] 关于举办2025年秋季无人机竞速邀请赛的通知（报名表在附件）",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="forum post with floor meta and anti-scraping junk lines and glued junk; the notice's own 报名 contact kept; post date differs from 成文日期",
        junk=dict(lines=2, glued=2),
        page="""
!m 飞鹰模友论坛 » 赛事活动 » 竞速穿越
!m 查看: 1906 | 回复: 41
!t [赛事公告] 关于举办2025年秋季无人机竞速邀请赛的通知（报名表在附件）
!m 鹰眼阿哲 楼主 发表于 2025-9-3 21:17 | 只看该作者
{BODY}
!m 本帖最后由 鹰眼阿哲 于 2025-9-4 08:02 编辑
!l 回复 收藏 支持(36) 反对(0)
!l 沙发 ▏穿越小白：报名了，求组队！
""",
        body="""
各俱乐部、各位飞手：
为推动无人机竞速运动健康发展，经协会研究，定于10月18日至19日在岑湾体育公园举办2025年秋季无人机竞速邀请赛。
一、比赛项目：五寸竞速个人赛、团体接力赛和青少年入门组。
二、参赛条件：参赛飞手须持有有效的民用无人机操控员执照，所用航空器须完成实名登记。
三、安全要求：比赛全程在防护网内进行，飞手须在指定操控区飞行，严禁在场外试飞。
四、报名方式：填写附件报名表，于10月8日前发送至赛事组邮箱，联系人：龚晓峰，电话：138 2207 5316。
岑湾市航空运动协会
2025年9月2日
""",
    ),
    dict(
        slug="forum-zhuxi-bamboo-rafting-discuz-html",
        site="竹溪人家论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://bbs.zhuxirenjia.example.com/forum.php?mod=viewthread&tid=53390",
        title="竹筏漂流安全文明倡议书",
        record_title=None,
        date="2025-06-28",
        notes="Discuz-like page with jammer fonts glued and on lines; post date is the byline; title only on the page",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>竹筏漂流安全文明倡议书 - 竹溪风物 - 竹溪人家论坛</title></head><body>
<div id="hd">⟦m 竹溪人家论坛 - 家乡人的网上客厅⟧</div>
<div id="pt">⟦m 论坛 › 竹溪风物 › 帖子⟧</div>
<h1>⟦t 竹筏漂流安全文明倡议书⟧</h1>
<div class="authi">⟦m 排工老杨 发表于 2025-6-28 10:26⟧　⟦l 只看楼主 | 倒序浏览 | 阅读模式⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：家住竹溪上游，欢迎来坐我家的竹排⟧</div>
<div class="pob">⟦l 评分　收藏　分享　举报⟧</div>
<div id="ft">⟦d 本帖内容仅代表作者个人观点，与本论坛立场无关⟧　⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
广大游客朋友、排工师傅们：
暑期将至，竹溪漂流即将迎来客流高峰。为了大家的生命安全，也为了守护竹溪的一江清水，我们发出如下倡议。
一是乘筏必穿救生衣，儿童须由成人陪同，不在筏上站立、打闹和互相泼水。
二是排工师傅持证上岗，每天出排前检查竹筏绑扎和撑篙，雨后涨水立即停漂。
三是不向河中丢弃垃圾，自带的食品包装请带回岸上分类投放。
竹溪镇竹筏漂流协会
2025年6月28日
""",
    ),
    dict(
        slug="fanwen-jinxiu-app-host-script-cauliflower",
        site="锦绣范文APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://h5.jinxiufw.example.com/share/art/66731?from=wx",
        title="柘田乡花椰菜产销对接会主持词",
        record_title="柘田乡花椰菜产销对接会主持词（可修改）",
        date=None,
        notes="writing-app share page; no date (a share stamp and relative time only); template placeholders kept",
        page="""
!m 锦绣范文 · 手机写作助手
!t 柘田乡花椰菜产销对接会主持词（可修改）
!m 来自 锦绣范文APP 用户分享　4天前
{BODY}
!a 在APP内打开，支持一键替换单位名称
!a 复制全文（仅限会员）
!m 分享于 锦绣范文 H5 · 编号 JX66731
""",
        body="""
各位领导、各位客商、乡亲们：
大家上午好！今天，我们在这里召开柘田乡花椰菜产销对接会，共同商讨拓宽销路、稳定价格的办法。
出席今天会议的有县农业农村局×××副局长、县供销社×××主任，以及来自周边城市的十六家采购商代表。
会议共有四项议程：一是乡政府介绍全乡花椰菜种植情况；二是合作社代表发言；三是采购商代表发言；四是现场签订购销协议。
下面进行第一项议程，请乡长××同志介绍情况。
同志们，今天的会议开得务实高效，希望各方加强合作，让柘田花椰菜走得更远、卖得更好。散会！
""",
    ),
]
