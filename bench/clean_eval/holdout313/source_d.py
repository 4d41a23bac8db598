"""holdout313, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="qiangling-county-forum-stairwell-mop-buckets-jammer",
        site="锵岭在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qiangling.net/forum.php?mod=viewthread&tid=901733",
        title="城北花园5栋楼道里的拖把桶到底谁来管？",
        record_title=None,
        date=None,
        notes="county forum thread with jammer fonts; no title in the record: the thread subject; weather line, "
        "medals, a decoration ad between paragraphs, an official-reply link; the poster's call to the property "
        "company's duty phone stays",
        page="""
<html><head><meta charset="utf-8">
<title>锵岭在线论坛</title>
<style>font.jammer{display:none}</style>
</head><body>
<div class="tb">⟦m 锵岭今日：多云转小雨 14～21℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册锵岭通行证⟧</a></div>
<div class="hd">⟦m 锵岭在线论坛 · 锵岭人自己的网上家园⟧</div>
<div class="pt">⟦m 锵岭在线 › 民生话题 › 小区物业⟧</div>
<table><tr><td class="pls">⟦m 北门老卢⟧<br>⟦m 勋章：热心邻居 老会员⟧<br>⟦m 积分 1322⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 昨天 22:16 　 来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【已转交城北街道 点此查看官方回复】⟧</div>
<div class="po">⟦a 支持 34　反对 1　收藏　复制本帖地址⟧</div></td></tr></table>
<div class="replies"><p>⟦l 2楼 小区业主阿彬：我们7栋也一样，晚上黑灯瞎火差点踢翻⟧</p>
<p>⟦l 3楼 锵岭热线小编：已联系物业，请耐心等待⟧</p></div>
<div class="ft">⟦m 锵岭在线 qiangling.net　湘ICP备11027406号　违法和不良信息举报：0745-6201999⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
城北花园5栋一单元的楼道，这两个月越来越不像样了。二楼到五楼的拐角处，每层都堆着一两个拖把桶，有的桶里还泡着脏拖把，污水发臭，楼道里一股霉味。
⟦d 【广告】锵岭美居装饰 旧房翻新一口价 电话咨询免费上门量房⟧
上周六晚上楼道灯坏了，我母亲下楼时一脚踢在拖把桶上，差点摔倒，膝盖青了一大块。我们在业主群里说了好几次，大家都说不是自己家的，物业说这是业主私人物品，他们不好处理。
我想问问：楼道是公共区域，堆放的拖把桶到底该谁来清理？物业是不是应该管？
也请堆放拖把桶的邻居自觉拿回家。已经打过物业值班电话0745-6218830，希望物业尽快来看看。
""",
    ),
    dict(
        slug="yanxi-county-forum-where-buy-thermos-stopper-junk",
        site="焱溪人家论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.yanxirenjia.com/thread-55218-1-1.html",
        title="县城哪里还能买到老式暖瓶塞？",
        record_title="【便民打听】县城哪里还能买到老式暖瓶塞？（在线等，挺急的）- 便民问答 - 焱溪人家论坛",
        date=None,
        notes="county forum thread as text with junk lines and junk glued after 。; relative times; replies",
        page="""
!m 焱溪人家论坛　|　今天 晴 9～18℃
!m 焱溪人家 » 便民问答 » 浏览主题
!t 【便民打听】县城哪里还能买到老式暖瓶塞？（在线等，挺急的）
!m 楼主：铿口小周　发表于 2 小时前　｜　人气 356
{BODY}
!l 沙发　杂货铺老板娘：老街菜市场东门进去第三家，软木塞硅胶塞都有
!l 板凳　焱溪通：百货大楼三楼日用品区也有，两块五一个
!a 快速回复（需登录焱溪人家账号）
!m 焱溪人家论坛　本站广告合作QQ：2907731465
""",
        junk=dict(lines=2, glued=2),
        body="""
家里的老暖水瓶还是好好的，就是瓶塞坏了。原来那个软木塞用了好多年，上个月裂成了两半，现在只能拿一个小碗盖着，保温效果差了很多。
我跑了县城两家超市，货架上只有整只卖的暖水瓶，单独的瓶塞一个都没有。问了店员，说现在很少有人单买瓶塞，早就不进货了。
网上倒是能买，但是尺寸不好量，怕买回来塞不进去或者太松。
想问问焱溪的朋友们，县城里哪家杂货铺或者菜市场还能买到老式暖瓶塞？最好能拿着瓶子去现场试一试。谢谢大家！
""",
    ),
    dict(
        slug="lvye-download-rules-cutlery-polishing-gb2312",
        site="绿野资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.lvyezl.com/soft/anquan/12847.html",
        title="不锈钢刀叉抛光岗位安全操作规程",
        record_title="不锈钢刀叉抛光岗位安全操作规程 [可编辑DOC] - 绿野资料站",
        date=None,
        notes="old table layout: file-info table, three download links, unzip password, dead-link report, floating "
        "ghost-writer ad; a rule with 第N条 articles; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>不锈钢刀叉抛光岗位安全操作规程 [可编辑DOC] - 绿野资料站</title>
<script src="/js/down.js"></script>
</head><body>
<table width="950" align="center"><tr><td>⟦m 绿野资料站⟧</td><td>⟦m 安全资料 · 制度规程 · 应急预案 免费分享⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 首页⟧</td><td>⟦m 安全制度⟧</td><td>⟦m 操作规程⟧</td><td>⟦m 应急预案⟧</td><td>⟦m 培训课件⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 位置：绿野资料站 → 操作规程 → 机械加工⟧</td></tr></table>
<table width="950" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料体积：⟧</td><td>⟦m 27 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m .doc　简体中文⟧</td></tr>
<tr><td>⟦m 入库时间：⟧</td><td>⟦m 2024-07-30 09:22:14⟧</td></tr>
<tr><td>⟦m 解压密码：⟧</td><td>⟦m www.lvyezl.com⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<p>⟦m 资料简介：⟧</p>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr>
<td><a href="#">⟦a 电信下载点一⟧</a></td><td><a href="#">⟦a 联通下载点二⟧</a></td><td><a href="#">⟦a 本站备用下载⟧</a></td></tr>
<tr><td colspan="3">⟦a 链接失效了？点这里告诉站长⟧</td></tr></table>
<div id="fl" style="position:fixed;left:0;bottom:60px">⟦w 安全制度定制编写 微信 lvye-anquan⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料收集自网络，仅供学习参考，请于下载后24小时内删除⟧<br>⟦m 绿野资料站 Copyright 2008-2024　冀ICP备08016633号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　本规程适用于刀叉抛光车间的手工抛光和机械抛光岗位。
第二条　上岗前必须穿戴防尘口罩、护目镜和防割手套，长发须盘入工作帽内，不得戴手链、戒指。
第三条　开机前检查抛光轮有无裂纹、松动，防护罩是否完好，吸尘装置是否正常运行。
第四条　抛光餐刀时，刀刃一律朝向外侧下方，手握刀柄，用力均匀，不得用手直接按压刀身。
第五条　刀叉抛光后应整齐码放在专用周转筐内，叉齿、刀刃不得朝上。
第六条　抛光轮运转中严禁清理粉尘、更换砂蜡；下班前关闭电源，清理工位粉尘。
第七条　违反本规程的，按车间安全管理考核办法处理。
""",
    ),
    dict(
        slug="huabei-download-plan-relief-quilts-doc",
        site="华贝文档下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.huabeiwd.com/down/fangan/20231120_6628.html",
        title="锵岭县救灾物资储备库棉被压缩储存工作方案",
        record_title="锵岭县救灾物资储备库棉被压缩储存工作方案.doc",
        date="2023-11-16",
        notes="file-name record title; a plan on storing relief quilts in compression bags, hard-wrapped at 70 columns; 成文日期 under the signature",
        page="""
!m 华贝文档下载 — 方案 · 总结 · 制度 · 表格
!m 华贝文档 > 工作方案 > 应急管理
!t 锵岭县救灾物资储备库棉被压缩储存工作方案.doc
!m 大小：35KB　类型：Word文档　收录：1 周前　下载次数：81
!a 【高速下载】　【普通下载】　【复制下载地址】
{BODY}
!d 华贝文档下载所有资源来源于网络与网友分享，如有侵权请邮件告知
!l 你可能也需要：救灾物资仓库管理制度.doc　防汛物资出入库登记表.xls
""",
        indent="    ",
        wrap=70,
        body="""
为提高县救灾物资储备库的库容利用率，保证棉被等物资储存期间不受潮、不生虫，结合储备库实际，制定本方案。
一、储存范围。储备库现存救灾棉被2600床、毛毯1200条，全部纳入压缩储存。
二、储存方法。棉被入库前先晾晒、检查，合格的用加厚真空压缩袋单床封装，抽气后在袋上贴标签，注明入库日期、规格和数量；每10袋装一个周转箱，按批次上架。
三、日常检查。保管员每月检查一次，发现压缩袋回气、破损的，重新晾晒、更换袋子后再封装；储存满两年的棉被，出库晾晒一次。
四、应急调用。接到调拨指令后，按“先进先出”原则出库，压缩状态运输，到达安置点后拆袋晾开使用。
锵岭县应急管理局
2023年11月16日
""",
    ),
    dict(
        slug="yanxi-personnel-exam-cleaner-practical-test",
        site="焱溪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.yxrsks.cn/kwgg/2024/0520/3361.html",
        title="焱溪县人民医院2024年公开招聘保洁员实操考核公告",
        record_title="〔招聘·实操考核〕焱溪县人民医院2024年公开招聘保洁员实操考核公告 - 焱溪人事考试网",
        date="2024-05-20",
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; exam timetable as a table; "
        "the exam's 考务咨询电话 beside the site's technical line; 下载并打印准考证 stays; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔招聘·实操考核〕焱溪县人民医院2024年公开招聘保洁员实操考核公告 - 焱溪人事考试网</title>
</head><body>
<div class="notice-bar">⟦d 系统将于周日凌晨1:00至5:00升级，期间暂停报名和缴费⟧</div>
<div class="hd">⟦m 焱溪人事考试网⟧ ⟦m 焱溪县人事考试中心⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧ ⟦m 考生问答⟧</div>
<div class="loc">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="main"><h2>{T}</h2>
<div class="meta">⟦m 发布机构：焱溪县人事考试中心　发布日期：2024-05-21　阅读：4120⟧</div>
{BODY}
</div>
<div class="float-r"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="ft">⟦m 焱溪县人事考试中心　系统技术支持：0734-8837760⟧ ⟦m 湘ICP备14022613号⟧</div>
</body></html>
""",
        body="""
根据《焱溪县人民医院2024年公开招聘保洁员公告》，现将实操考核有关事项公告如下。
一、考核内容。考生按规定流程完成一间模拟病房的地面清洁，包括区分使用拖把桶、配制消毒液、湿式拖地和工具清洗归位，满分100分。
二、时间安排。
日期　时间　考核人员
5月28日　8:30—11:30　准考证号001—030
5月28日　14:30—17:30　准考证号031—058
三、考核地点。焱溪县人民医院后勤楼一楼培训室。
四、注意事项。考生请于5月25日起登录本网站下载并打印准考证，考核当天携带准考证和身份证，提前30分钟到达。
考务咨询电话：0734-8881218（工作日）。
焱溪县人民医院
2024年5月20日
""",
        date_also=["2024-05-21"],
    ),
    dict(
        slug="tingzhou-skills-western-service-cutlery-exam",
        site="婷州市职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tzjdw.org.cn/gg/2024/0912/1288.html",
        title="2024年第三批餐厅服务员职业技能等级认定考核安排",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="record title and record date; a timetable; a sentence telling candidates to bring their own cutlery "
        "and to 下载打印 the ticket; site chrome",
        page="""
!m 婷州市职业技能鉴定网
!m 首页 → 通知公告 → 考核安排
!t 2024年第三批餐厅服务员职业技能等级认定考核安排
!m 来源：鉴定中心考务科　　浏览：906
{BODY}
!a 【关闭】　【打印】
!m 鉴定中心地址：婷州市媛湾大道310号　　网站维护电话：0733-2230117
""",
        body="""
各培训机构、各位考生：
2024年第三批餐厅服务员（中级）职业技能等级认定考核定于9月下旬举行，现将有关事项安排如下。
一、理论知识考试。9月21日上午9:00—10:30，在婷州技师学院机房进行机考。
二、操作技能考核。
日期　项目　时长
9月22日　中餐宴会摆台　15分钟
9月23日　西餐宴会摆台（含刀叉摆放）　15分钟
三、考生须知。西餐摆台考核所需的刀叉、餐盘、口布由考点统一提供，考生不得自带；考生请提前一周登录本网下载准考证并自行打印。
婷州市职业技能鉴定中心
""",
    ),
    dict(
        slug="tingzhou-tender-inquiry-nursing-home-toothbrush-cups",
        site="婷州政采云平台 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://zcy.tingzhou.gov.cn/notice/xjgg/2024/0410/TZXJ2024-0187.html",
        title="婷州市社会福利院老人生活用品采购询价公告",
        record_title="[询比价] 婷州市社会福利院老人生活用品采购询价公告 - 婷州政采云平台",
        date="2024-04-10",
        notes="tender portal: countdown, attachment link, CA and trading-system lines beside the purchaser's and "
        "agency's own contacts; an items table; a 下载询价文件 sentence stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[询比价] 婷州市社会福利院老人生活用品采购询价公告 - 婷州政采云平台</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="top">⟦m 婷州政采云平台⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a 采购单位登录⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 采购公告⟧ ⟦m 结果公告⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧</div>
<div class="pos">⟦m 首页 / 采购公告 / 询价公告⟧</div>
<div class="bd"><h1>{T}</h1>
<div class="meta">⟦m 项目编号：TZXJ2024-0187　发布时间：2024-04-10 16:20⟧</div>
<div class="count">⟦m 距报价截止还剩：5天 17时 39分⟧</div>
{BODY}
<p class="att"><a>⟦a 询价文件.zip（点击下载）⟧</a></p>
</div>
<div class="ft">⟦m CA证书办理热线：0733-2209911⟧ ⟦m 交易系统技术支持：400-877-0733⟧ ⟦m 婷州市公共资源交易中心主办⟧</div>
</body></html>
""",
        body="""
受婷州市社会福利院委托，本公司对该院老人生活用品采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容。
序号　品名　规格　数量
1　防摔牙刷杯　食品级PP，带沥水底座　400只
2　软毛牙刷　老年款　1600支
3　防滑洗脸盆　直径32厘米　400个
二、报价要求。供应商须在婷州政采云平台下载询价文件，于4月16日17时前在线提交报价。
三、联系方式。
采购人：婷州市社会福利院，联系人：阮青青，电话：0733-2268047。
代理机构：婷州诚信招标咨询有限公司，联系人：马骁，电话：0733-2219305。
婷州诚信招标咨询有限公司
2024年4月10日
""",
    ),
    dict(
        slug="yichuan-tender-bid-result-school-mop-buckets",
        site="奕川县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.yichuan.gov.cn/jyxx/zbgs/2024/0819/55902.html",
        title="奕川县中小学保洁用品采购项目中标结果公告",
        date="2024-08-19",
        notes="record title as is; bid lots as a table; 成文日期 under the signature",
        page="""
!m 奕川县公共资源交易网
!m 交易信息 > 政府采购 > 中标公告
!t 奕川县中小学保洁用品采购项目中标结果公告
!m 信息时间：2024-08-19　　项目编号：YCCG-2024-062
{BODY}
!a 公告下载　　　打印本页
!m 交易中心服务电话：0736-5586000　CA数字证书办理：0736-5586118
""",
        body="""
本项目评审工作已经结束，现将奕川县中小学保洁用品采购项目中标结果公告如下。
一、中标信息。
包号　内容　中标供应商　中标金额（元）
1　挤水拖把桶（带轮）　奕川县洁美商贸有限公司　86400
2　拖把及替换布头　胤阳县新泽日用品经营部　42150
3　分类垃圾桶　婷州市绿筑环保科技有限公司　118900
二、评审专家：徐安澜、余庆生、邵文卿。
三、公告期限为1个工作日。
采购人：奕川县教育局，联系人：唐小薇，电话：0736-5530212。
代理机构：奕川县政府采购服务中心，联系人：鲁青，电话：0736-5586230。
奕川县政府采购服务中心
2024年8月19日
""",
    ),
    dict(
        slug="qiangzheng-law-case-stopper-scald-liability",
        site="锵正律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="article",
        form="html",
        source="https://www.qiangzhenglaw.com/anli/chanpin/318.html",
        title="暖水瓶瓶塞弹出烫伤消费者，销售者要担责吗",
        record_title="【以案说法·产品责任】暖水瓶瓶塞弹出烫伤消费者，销售者要担责吗-锵正律所",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, repost notice; a case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【以案说法·产品责任】暖水瓶瓶塞弹出烫伤消费者，销售者要担责吗-锵正律所</title>
</head><body>
<div class="hd">⟦m 锵正律师事务所⟧ ⟦m 专注民商事诉讼十五年⟧ <span>⟦m 全国咨询：400-660-7315⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="path">⟦m 首页 > 以案说法 > 产品责任⟧</div>
<div class="post"><h1>{T}</h1>
<div class="card">⟦m 撰稿：邵文卿律师　｜　浏览：877　｜　更新：3 天前⟧</div>
{BODY}
<p class="cp">⟦d 本文为锵正律所原创普法内容，转载须经书面同意⟧</p></div>
<div class="lawyer">⟦l 邵文卿 专职律师 擅长：产品责任、消费维权⟧ <a>⟦a 立即在线咨询⟧</a></div>
<div class="float">⟦w 遇到类似纠纷？留下手机号，律师30分钟内回电⟧</div>
<div class="ft">⟦m 地址：锵岭县锵鸣大道66号锵正大厦9楼⟧ ⟦m 湘ICP备19002734号⟧</div>
</body></html>
""",
        body="""
【基本案情】刘女士在某超市购买一只暖水瓶，使用第三天灌满开水后，瓶塞突然弹出，开水溅出致其右手二度烫伤，花去医疗费6000余元。刘女士要求超市赔偿，超市称瓶塞是厂家生产的，与己无关。
【法院观点】法院审理认为，经鉴定，该暖水瓶瓶塞与瓶口尺寸不匹配，属于产品缺陷。因产品存在缺陷造成他人损害的，被侵权人可以向生产者请求赔偿，也可以向销售者请求赔偿。超市作为销售者，应先行赔偿，再向厂家追偿。
【律师提示】消费者购买暖水瓶等日用品，要保留购物小票；发生损害后及时就医、保存病历和票据，并保留缺陷产品原物，便于鉴定。
""",
    ),
    dict(
        slug="yanheng-law-letter-compression-bag-false-claims",
        site="砚衡律师事务所 (invented law firm)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.yanhenglawyer.cn/news/fxts/2024/1008/201.html",
        title="关于规范真空压缩袋商品宣传用语的法律风险提示函",
        date="2024-10-08",
        notes="record title as is; a law firm's risk-notice letter to online sellers; the letter's own phone beside the "
        "firm's 400 line; 成文日期 under the signature",
        page="""
!m 砚衡律师事务所　　YANHENG LAW FIRM
!m 首页 | 团队 | 业务 | 资讯 | 联系
!m 资讯 » 风险提示
!t 关于规范真空压缩袋商品宣传用语的法律风险提示函
!m 来源：电商合规部　阅读：219
{BODY}
!w 免费法律咨询热线：400-870-6612（9:00—18:00）
!d 本函仅供参考，不构成针对具体个案的法律意见
!m 砚衡律师事务所　地址：彗湖区锦绣路8号砚衡中心22层
""",
        body="""
各网店经营者：
本所近期代理多起消费者起诉网店的案件，均涉及真空压缩袋商品页面的宣传用语。现就有关法律风险提示如下：
一、“永不回气”“一年不漏气”等绝对化或无法证实的承诺，可能构成虚假宣传，消费者有权要求退一赔三。
二、商品标称“加厚”“食品级”的，应有检测报告或材质证明，不能仅凭供货商口头说法。
三、羽绒制品长期压缩可能影响蓬松度，建议在详情页作出提示，避免因未尽告知义务引发纠纷。
请各经营者对照自查，及时修改不当用语。如需协助审查商品页面，可联系本所电商合规部，电话：0731-8609 2257。
砚衡律师事务所
2024年10月8日
""",
    ),
]
