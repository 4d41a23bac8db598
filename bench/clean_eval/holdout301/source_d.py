"""holdout301, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Everything here is invented; each case was written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-yunchuan-grain-station-takes-old-rice-bags",
        site="氲川在线 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yunchuanzaixian.com/thread-208331-1-1.html",
        title="旰田粮站回收旧米袋，一条给两毛，家里有的可以送过去",
        record_title=None,
        date=None,
        notes="county forum thread, no record title (the thread subject); a weather line, medals, an ad QQ line, an official-reply link, "
        "jammer fonts as a line and glued after 。; the post time 前天 is no date",
        page="""
<html><head><meta charset="gbk"><title>旰田粮站回收旧米袋，一条给两毛，家里有的可以送过去 - 氲川在线</title>
<style>.jammer{display:none}</style></head><body>
<div class="top">⟦m 氲川在线 · 氲川人自己的论坛⟧ <span>⟦m 氲川今天 多云 8~15℃⟧</span> <a>⟦a 快捷登录⟧</a></div>
<div class="crumb">⟦m 氲川在线 › 乡镇版块 › 旰田镇⟧</div>
<div class="ad">⟦w 【装修】氲川本地师傅上门量房，报价透明 QQ 2071583364⟧</div>
<table class="post"><tr><td class="author">⟦m 稻花香里⟧<br>⟦m 勋章：热心乡亲 · 老会员⟧</td>
<td class="main"><h1 id="thread_subject">{T}</h1>
<div class="pi">⟦m 楼主　发表于 前天 10:32　来自手机⟧</div>
<div class="t_msg">
{BODY}
</div>
<div class="reply-link"><a>⟦l 申请镇政府官方回复⟧</a> <a>⟦a 顶帖⟧</a> <a>⟦a 举报⟧</a></div>
</td></tr></table>
<div class="floors"><p>⟦l 2楼　油菜花开：支持，我家柴房里堆了几十条⟧</p><p>⟦l 3楼　老秦头：破了的能不能收？⟧</p></div>
<div class="foot">⟦m 氲川在线 版权所有　湘ICP备11025509号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
刚从旰田粮站回来，门口贴了告示，说是今年开始回收旧编织米袋，完好的一条给两毛钱，十条起收。
我问了一下管事的师傅，收回去的米袋要分拣、清洗、消毒，好的继续装稻谷，破的送去做再生颗粒。他说去年光是我们镇就扔了好几万条米袋，埋在地里几十年都烂不掉，可惜了。
要求也不复杂：米袋要抖干净，不能装过化肥、农药和饲料，湿的要晒干，破洞超过巴掌大的不收。
收购时间是每周二、周五上午，带上身份证登记一下就行。家里攒了米袋的乡亲可以送过去，换几块钱是小事，主要是别再烧了、扔河沟里了。
""",
    ),
    dict(
        slug="localforum-nanghe-collect-tin-candy-boxes-junk",
        site="曩河家园论坛 (invented district forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.nhjiayuan.net/bbs/t/77120.html",
        title="鹋苑社区收旧铁皮糖盒做小花盆，有的邻居送来吧",
        record_title="[便民互助] 鹋苑社区收旧铁皮糖盒做小花盆，有的邻居送来吧 - 邻里之间 - 曩河家园论坛",
        date=None,
        notes="district forum post: junk as lines and glued after 。, a medal line, floors and a sticky-post notice; no date",
        page="""
!m 曩河家园论坛 › 邻里之间
!m 【本版置顶】发帖请注明所在小区，广告帖一律删除
!t [便民互助] 鹋苑社区收旧铁皮糖盒做小花盆，有的邻居送来吧
!m 楼主　巧手小乔　勋章：社区志愿者　|　4 天前
{BODY}
!l 沙发　鹋苑老住户：家里三个，明天送过去
!l 板凳　豆芽菜妈妈：幼儿园的孩子肯定喜欢
!a 快速回复　｜　分享本帖　｜　收藏
!m 曩河家园论坛　客服QQ群：61830427
""",
        junk=dict(lines=1, glued=2),
        body="""
各位邻居，我是鹋苑社区“巧手志愿队”的小乔。过完年，不少家里都剩下了铁皮糖盒，扔了可惜，放着占地方。
我们志愿队打算收一批旧糖盒，打孔、刷漆，做成小花盆，四月份送给社区里的独居老人和幼儿园的小朋友。
需要的是铁皮的，塑料的和纸的不要；盒子里的糖纸、垫纸请先清掉；生锈不要紧，只要没破洞就行。
收集时间是3月1日到3月15日，每天下午3点到5点，送到社区活动中心一楼的“换物角”。
谢谢大家支持，做好的小花盆会拍照发在这个帖子里！
""",
    ),
    dict(
        slug="download-chuguan-rules-pot-rack-cleaning-file-table",
        site="厨管资料站 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.chuguanziliao.net/soft/2024/5871.html",
        title="食堂锅架清洗消毒操作规程",
        record_title="食堂锅架清洗消毒操作规程（Word版）免费下载_厨管资料站",
        date=None,
        notes="old table layout: a file-info table, three mirror links, an unzip password and a dead-link report; 第N条 articles, one of them "
        "speaking of printing a record sheet (kept); the update stamp is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>食堂锅架清洗消毒操作规程（Word版）免费下载_厨管资料站</title></head><body>
<table width="980" align="center"><tr><td>⟦m 厨管资料站⟧ ⟦m 后厨管理资料免费下⟧</td><td align="right">⟦a 加入收藏 | 设为首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 管理制度 | 操作规程 | 表格台账 | 培训课件⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：厨管资料站 → 操作规程 → 卫生消毒⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>⟦t 食堂锅架清洗消毒操作规程（Word版）⟧</b></td></tr>
<tr><td>⟦m 资料格式：.doc⟧</td><td>⟦m 文件大小：28 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-12⟧</td><td>⟦m 下载次数：1906⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 推荐等级：★★★★⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p><b>⟦m 资料预览：⟧</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址：电信高速一 ｜ 联通高速二 ｜ 本站本地下载⟧</td></tr>
<tr><td>⟦a 解压缩密码：chuguanziliao.net⟧</td></tr>
<tr><td><a href="/err.asp?id=5871">⟦a 下不了？点这里报告失效链接⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类资料：食堂餐具消毒记录表.xls　后厨“五常法”管理制度.doc⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦m 您是第 <b>230114</b> 位来访者⟧　⟦m 豫ICP备10027733号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范食堂锅架的清洗消毒工作，防止油污积存和细菌滋生，制定本规程。
第二条　本规程适用于本单位食堂所有灶台锅架、蒸柜层架和备餐区放锅架。
第三条　灶台锅架每餐结束后由当班炊事员清理残渣，每日收餐后用热碱水刷洗一次，每周拆下浸泡除垢一次。
第四条　锅架清洗后用流动清水冲净，再用有效氯250毫克每升的消毒液擦拭，作用30分钟后用清水冲洗晾干。
第五条　清洗消毒情况填入《锅架清洗消毒记录表》，记录表由食堂管理员打印后张贴在后厨墙上，每周收回归档。
第六条　发现锅架变形、开焊、松动的，应立即停用并报食堂管理员安排维修。
第七条　本规程自印发之日起执行。
""",
    ),
    dict(
        slug="download-jiudian-rules-guest-room-hooks-wps",
        site="酒店管理文库下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.jdglwk-down.com/down/zhidu/3307.html",
        title="宾馆客房衣钩衣架管理制度",
        record_title="宾馆客房衣钩衣架管理制度.wps",
        date=None,
        notes="a file-name record title (.wps); file-info lines, download buttons and a virus-check notice around a rule with 第N条 articles; no date",
        page="""
!m 酒店管理文库下载站
!m 资料分类：客房管理 ＞ 规章制度
!t 宾馆客房衣钩衣架管理制度.wps
!m 资料大小：14KB　|　资料语言：简体中文　|　更新：3 天前
!a [本地下载]　[网盘下载]　[举报]
{BODY}
!d 本站资料均经杀毒软件检测，请放心下载；资料仅供酒店同行参考
!l 大家还下载了：客房布草管理制度.doc　｜　楼层服务员岗位职责.wps
!m 酒店管理文库下载站 2011-2024
""",
        body="""
第一条　为加强客房衣钩、衣架的管理，保证宾客使用安全，减少物品损耗，制定本制度。
第二条　每间客房按标准配备门后衣钩2个、衣柜挂衣杆1根、衣架8个，其中裤架2个。
第三条　客房服务员每日清扫时检查衣钩是否松动、衣架是否缺损，发现问题当班报修或补齐。
第四条　工程部每季度对全部客房衣钩进行一次紧固检查，螺丝锈蚀的一并更换。
第五条　宾客损坏衣钩、衣架的，按价目表照价赔偿；因衣钩脱落造成宾客物品损坏的，由客房部先行处理，再查明原因。
第六条　本制度由客房部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="exam-gouzhou-notice-rice-bag-stacking-practical",
        site="觏州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gzrsks.cn/jnjd/2024/1015/10477.html",
        title="关于2024年粮油仓储管理员职业技能等级认定实操考核的通知",
        record_title="【职业技能·实操】关于2024年粮油仓储管理员职业技能等级认定实操考核的通知-考试通知-觏州人事考试网",
        date="2024-10-14",
        date_also=["2024-10-15"],
        notes="exam site: a maintenance banner, an admission-ticket float, a technical line beside the notice's own 考务咨询电话 (kept); "
        "a timetable (one row a paragraph); the sentence on downloading and printing the ticket stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【职业技能·实操】关于2024年粮油仓储管理员职业技能等级认定实操考核的通知-考试通知-觏州人事考试网</title></head><body>
<div class="banner-warn">⟦d 报名系统将于10月20日0:00至6:00停机升级，请错峰登录⟧</div>
<div class="hd">⟦m 觏州人事考试网⟧ ⟦m 觏州市人事考试院⟧</div>
<div class="nav">⟦m 首页　考试通知　成绩查询　证书办理　政策法规⟧</div>
<div class="pos">⟦m 当前位置：首页 / 考试通知 / 技能认定⟧</div>
<div class="art">
<h1>⟦t 【职业技能·实操】关于2024年粮油仓储管理员职业技能等级认定实操考核的通知⟧</h1>
<div class="sub">⟦m 发布日期：2024-10-15　阅读次数：3187⟧</div>
<div class="con">
{BODY}
</div>
</div>
<div class="float-r">⟦a 准考证打印入口 ›⟧ ⟦a 成绩查询入口 ›⟧</div>
<div class="ft"><p>⟦m 报名系统技术支持：0745-2218000（仅限系统故障）⟧</p><p>⟦m 觏州市人事考试院 版权所有　湘ICP备14006523号⟧</p></div>
</body></html>
""",
        body="""
各有关考生：
2024年粮油仓储管理员职业技能等级认定理论考试已结束，现将实操考核有关事项通知如下：
一、考核内容
实操考核为米袋码垛和粮情检查两项，其中米袋码垛要求考生在20分钟内将40袋25公斤装米袋按“五袋一层、交错压缝”码成标准垛。
二、考核安排
级别　日期　地点
五级　10月26日　市粮食职业培训中心
四级　10月27日　市粮食职业培训中心
三级　10月27日　曩河国家粮食储备库
三、有关要求
考生须于10月22日起登录本网站下载并打印准考证，考核时携带准考证和身份证原件，穿着防滑工作鞋。
考务咨询电话：0745-2218745
觏州市职业技能鉴定指导中心
2024年10月14日
""",
    ),
    dict(
        slug="exam-xianling-announcement-braiding-test-hair-ties",
        site="霰岭县职业技能鉴定所 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xljnjd.cn/ksgg/20240508/219.html",
        title="关于开展美发师（盘发编发）专项职业能力考核的公告",
        record_title="关于开展美发师（盘发编发）专项职业能力考核的公告 - 考试公告 - 霰岭县职业技能鉴定所",
        date="2024-05-08",
        notes="exam announcement: candidates must bring plain hair ties (content); a site line, a sign-up button and a share row; "
        "the 成文日期 equals the posting date",
        page="""
!m 霰岭县职业技能鉴定所 · 考试公告
!t 关于开展美发师（盘发编发）专项职业能力考核的公告 - 考试公告
!m 2024-05-08 16:02　|　阅读 690
!a ▶ 在线报名入口
{BODY}
!l 分享到：微信　QQ　复制链接
!l 往期公告：2024年第一批育婴员考核合格人员名单公示
!m 地址：霰岭县人民路71号职教中心二楼　办公电话：0736-5301100
""",
        indent="\u3000\u3000",
        body="""
为提升美发从业人员技能水平，经研究，定于2024年5月下旬开展美发师（盘发编发）专项职业能力考核。现将有关事项公告如下：
一、报考对象：从事美发工作满一年，或参加过盘发编发专项培训的人员。
二、考核方式：实操考核，考生在60分钟内为模特完成一款日常编发和一款盘发造型。
三、考生自备用品：梳子、发夹、橡皮筋、布艺头绳各一套。头绳须为纯色无饰品款，不得使用带亮片、珠子的头绳，以免影响评分。
四、报名时间：5月10日至5月17日，报名费每人120元。
咨询电话：0736-5301177
霰岭县职业技能鉴定所
2024年5月8日
""",
    ),
    dict(
        slug="tender-yunchuan-bid-result-dorm-coat-hooks-lots",
        site="氲川县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="http://ggzy.yunchuan.gov.cn/jyxx/zfcg/zbgg/20240628/9931.html",
        title="氲川县第一中学学生公寓衣钩及挂衣杆采购项目中标结果公告",
        record_title="[采购结果]氲川县第一中学学生公寓衣钩及挂衣杆采购项目中标结果公告｜氲川县公共资源交易网",
        date="2024-06-28",
        notes="tender portal: a countdown, a CA hotline and a trading-system line beside the purchaser's and agency's own contacts (kept); "
        "bid lots as a table; an attachment link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[采购结果]氲川县第一中学学生公寓衣钩及挂衣杆采购项目中标结果公告｜氲川县公共资源交易网</title></head><body>
<div class="top">⟦m 氲川县公共资源交易网⟧ <span>⟦m 距本周五开标会还有 02天13时45分⟧</span></div>
<div class="nav">⟦m 首页 | 交易信息 | 政府采购 | 工程建设 | 服务指南⟧</div>
<div class="crumb">⟦m 交易信息 > 政府采购 > 结果公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 信息来源：县公共资源交易中心　发布时间：2024-06-28　浏览：152⟧</div>
<div class="content">
{BODY}
</div>
<div class="att">⟦a 附件：中标通知书（第1包）.pdf　中标通知书（第2包）.pdf⟧</div>
</div>
<div class="service"><p>⟦m 数字证书（CA）办理咨询：400-810-6611⟧</p><p>⟦m 交易系统操作咨询：0739-6280666⟧</p></div>
<div class="foot">⟦m 主办：氲川县公共资源交易中心　地址：氲川县政务服务中心三楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：YCZC-2024-0613
二、项目名称：氲川县第一中学学生公寓衣钩及挂衣杆采购项目
三、中标信息
包号　中标供应商　中标金额
第1包（门后衣钩）　觏州市锦固五金制品有限公司　4.36万元
第2包（挂衣杆）　蒉城市恒固金属制品厂　3.18万元
四、主要标的信息：不锈钢衣钩1600个、挂衣杆820根。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：氲川县第一中学　联系人：左老师　电话：0739-6207715
代理机构：觏州诚信招标代理有限公司　联系人：韦工　电话：0745-2280613
氲川县公共资源交易中心
2024年6月28日
""",
    ),
    dict(
        slug="tender-menghu-inquiry-candy-gift-boxes",
        site="礞湖县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.menghuzfcg.cn/cggg/xjgg/20250106/1502.html",
        title="礞湖县社会福利院春节慰问品（糖果礼盒）询价公告",
        record_date="2025-01-06",
        date="2025-01-06",
        notes="the record gives title and date as they are; an items table; the sentence on downloading the inquiry file stays; "
        "the purchaser's own contact beside the platform's service line",
        page="""
!m 礞湖县政府采购网
!m 采购公告 ＞ 询价公告
{T}
!m 发布日期：2025-01-06　本公告已被浏览 219 次
{BODY}
!m 平台服务热线：400-600-3307（工作日）
!l 同类公告：礞湖县第二中学食堂米面油询价公告
!d 本网发布的采购信息以采购人盖章文件为准
""",
        body="""
一、采购项目：礞湖县社会福利院春节慰问品（糖果礼盒）采购
二、采购需求
品名　规格　数量
无糖糕点礼盒　500克/盒　120盒
什锦糖果铁皮盒　400克/盒　200盒
三、报价要求：糖盒须为简易包装，包装层数不超过三层，报价含送货上门。
四、获取询价文件：请于1月8日前登录礞湖县政府采购网下载询价文件。
五、报价截止时间：2025年1月10日17:00。
采购人：礞湖县社会福利院　联系人：陶主任　电话：0737-4331052
礞湖县社会福利院
2025年1月6日
""",
    ),
    dict(
        slug="lawfirm-hangyang-answer-short-weight-rice-bag",
        site="颃阳律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.hangyanglaw.com/yasf/2024/0311/205.html",
        title="米袋上标10公斤，实际只有9.6公斤，能索赔吗？",
        record_title="普法小站丨米袋上标10公斤，实际只有9.6公斤，能索赔吗？— 颃阳律所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line, a 本文链接 block; a consult prompt glued after a 。; a Q&A article has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>普法小站丨米袋上标10公斤，实际只有9.6公斤，能索赔吗？— 颃阳律所</title></head><body>
<div class="hd">⟦m 颃阳律师事务所⟧ ⟦m 专注民商事争议解决⟧ ⟦w 全国咨询热线 400-862-1190⟧</div>
<div class="nav">⟦m 首页　律所简介　专业团队　以案说法　联系我们⟧</div>
<div class="post">
<h1>⟦t 普法小站丨米袋上标10公斤，实际只有9.6公斤，能索赔吗？⟧</h1>
<div class="card">⟦m 解答律师：龚砚秋　执业年限 11 年　擅长：消费维权、合同纠纷⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="link-box">⟦m 本文链接：https://www.hangyanglaw.com/yasf/2024/0311/205.html⟧<br>⟦d 转载请注明来源于颃阳律所官网⟧</div>
</div>
<div class="float">⟦w 免费问律师 · 在线答疑⟧</div>
<div class="ft">⟦m 颃阳律师事务所　地址：觏州市颃阳大道318号金融大厦21层⟧</div>
</body></html>
""",
        body="""
问：我在超市买了一袋标注净含量10公斤的大米，回家用电子秤一称，连袋子才9.6公斤。找超市理论，对方说是米放久了水分蒸发。这种情况能索赔吗？
答：可以维权。根据定量包装商品计量监督管理的有关规定，标注净含量10公斤的商品，允许的短缺量是有限度的，实际短缺400克已明显超出允许范围。⟦w 遇到类似纠纷？点此让律师一对一帮你看看⟧大米在保质期内正常失水有一定幅度，但商家应当保证销售环节的净含量符合标注。
建议您这样做：一是保留购物小票和米袋，米袋上的标签是重要证据；二是当场请超市工作人员用检定合格的秤复称，并拍照录像；三是协商不成的，可以拨打12315投诉，由市场监管部门进行计量检验。
如果检验确认短斤少两，您可以要求退换或赔偿损失。
""",
    ),
    dict(
        slug="lawfirm-hengping-letter-childrens-hair-ties-risk",
        site="蒉城衡平律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.kchengping-law.cn/news/2024/1112/88.html",
        title="致小商品经营户的儿童头绳产品质量风险提示函",
        record_title="合规提醒｜致小商品经营户的儿童头绳产品质量风险提示函（经营户必读）- 蒉城衡平律师事务所",
        date="2024-11-12",
        notes="a law firm's letter: the firm's own phone in the letter beside the site's 400 line; a repost notice and a lawyer list below",
        page="""
!m 蒉城衡平律师事务所　衡平之道，守正为先
!m 全国免费咨询：400-862-5530
!t 合规提醒｜致小商品经营户的儿童头绳产品质量风险提示函
!m 栏目：律所动态　时间：3 天前
{BODY}
!d 本文由衡平律所原创，其他网站转载须注明作者及出处
!l 本所律师：尹向东　乔慕白　沈一苇
!m 地址：蒉城市中山北路66号　邮编：417300
""",
        indent="\u3000\u3000",
        body="""
各位小商品经营户：
近期，市场监管部门在儿童用品专项抽查中，发现部分儿童头绳存在小零件易脱落、装饰物重金属超标等问题。受蒉城市小商品市场管理处委托，本所就相关法律风险提示如下：
一、儿童头绳属于儿童用品，经营者应当查验供货商的营业执照、产品合格证明和检验报告，并留存进货凭证。
二、销售不符合安全标准的儿童头绳，可能被没收违法所得并处罚款；造成儿童误吞、划伤等损害的，经营者应承担赔偿责任。
三、发现所售头绳存在珠子、亮片易脱落等问题的，应立即下架，并通知供货商召回。
如有疑问，可与本所联系。联系电话：0738-8126630
蒉城衡平律师事务所
2024年11月12日
""",
    ),
]
