"""holdout289, part D: download stations, personnel-exam sites, tender portals, law firms and residents' sites.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="download-jiangren-work-instruction-shoe-cloths-wps",
        site="匠人资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.jiangren-down.example.com/soft/zhidu/20250308/9917.html",
        title="擦鞋布裁切缝边工序作业指导书",
        record_title="擦鞋布裁切缝边工序作业指导书.wps",
        date=None,
        notes="a download station's file-info table (its 更新时间 is no date), three mirror links, an unzip password, a dead-link report and a floating ad; the record's title is a .wps file name; decimal headings 1 / 1.1 … 4.1 (each a paragraph); a work instruction with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>擦鞋布裁切缝边工序作业指导书.wps - 匠人资料下载站</title>
<script src="/js/ads.js"></script></head><body>
<table width="980" align="center"><tr>
<td>⟦m 匠人资料下载站⟧ <font color="gray">⟦m 工厂人用得上的资料⟧</font></td>
<td align="right">⟦a <a>会员中心</a> ｜ <a>资料上传</a>⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 ｜ 管理制度 ｜ 作业指导 ｜ 表格模板 ｜ 培训课件⟧</td></tr></table>
<table width="980" align="center"><tr><td width="720" valign="top">
<div class="loc">⟦m 当前位置：匠人资料下载站 → 作业指导 → 纺织服装⟧</div>
<h1>{T}</h1>
<table class="info" border="1">
<tr><td>⟦m 文件大小：31 KB⟧</td><td>⟦m 文件类型：.wps⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-08⟧</td><td>⟦m 下载次数：1226⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 适用软件：WPS / Office⟧</td></tr></table>
<div class="intro">
{BODY}
</div>
<div class="down">⟦a 电信线路下载⟧ ⟦a 联通线路下载⟧ ⟦a 本站直连下载⟧</div>
<div>⟦m 解压密码：jiangren-down⟧</div>
<div>⟦a 链接下载不了？点这里告诉站长⟧</div>
</td><td width="240" valign="top">
<div class="hot"><b>⟦l 本周下载榜⟧</b><br>⟦l 1.车间5S管理检查表⟧<br>⟦l 2.缝纫机安全操作规程⟧<br>⟦l 3.裁床工序质量标准⟧</div>
</td></tr></table>
<div id="float-ad">⟦w 工厂制度代编写，微信 jr_zhidu66⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料由网友提供，仅供学习参考，如涉版权请来信处理⟧<br>⟦m 匠人资料下载站 jiangren-down.example.com 冀ICP备18042263号⟧</td></tr></table>
</body></html>
""",
        body="""
1 适用范围
1.1 本指导书适用于本公司超细纤维擦鞋布的裁切和缝边工序。
2 裁切要求
2.1 布料铺平后静置两小时再裁切，防止回缩造成尺寸偏小。
2.2 成品尺寸为20厘米×25厘米，允许偏差正负3毫米。
2.3 每裁切五十片抽检一片，抽检结果记入工序检验单。
3 缝边要求
3.1 四边采用包边缝，针距每厘米4针至5针，线色与布色一致。
3.2 转角处回针不少于两针，不得有跳线、断线。
3.3 缝边后剪净线头，合格品每一百片装一袋。
4 安全注意事项
4.1 裁床操作时双手远离刀口，更换刀片必须先断电。
""",
    ),
    dict(
        slug="download-yinghuo-training-cat-tree-cleaning",
        site="萤火资料站 (invented download station)",
        style="资料下载站",
        genre="培训讲义",
        kind="other",
        form="text",
        source="https://www.yinghuo-ziliao.example.com/px/fuwu/4478.html",
        title="猫咖啡馆员工培训讲义：猫爬架的日常清洁与检查",
        record_title="猫咖啡馆员工培训讲义：猫爬架的日常清洁与检查【DOCX·拿去即用】 - 萤火资料站",
        date=None,
        notes="a download station's text page: file info with a relative update time (2天前), two download buttons, a dead-link feedback line, a 24-hour-delete notice and a hot list; a training handout with numbered steps and no date",
        page="""
!m 萤火资料站 — 免费实用文档下载
!m 当前位置：首页 » 培训资料 » 服务行业
!t 猫咖啡馆员工培训讲义：猫爬架的日常清洁与检查【DOCX·拿去即用】
!m 文件大小：45KB　文件格式：docx　更新：2天前　下载：318次
!a ⇓ 普通下载　⇓ VIP高速通道
{BODY}
!a 下载地址打不开？点此反馈给站长
!d 本站资源收集自网络，仅供个人学习，下载后请于一日内删除
!l 热门下载：宠物店管理制度汇编｜猫舍卫生消毒规范
!m 萤火资料站 ©2025　蜀ICP备23011906号
""",
        body="""
猫爬架是店里猫咪停留时间最长的地方，也是顾客最爱拍照的地方，清洁和检查必须每天做到位。
一、每日闭店后，用粘毛滚筒清理平台和剑麻柱上的猫毛，再用宠物专用消毒湿巾擦拭平台边缘。
二、每周一上午对全部猫爬架做一次深度清洁：拆下可拆洗的毛绒垫送洗，剑麻柱用吸尘器吸净碎屑。
三、每周检查一次螺丝和连接件，发现晃动立即紧固；剑麻绳磨损露出内芯的，当周更换。
四、顾客抱猫上猫爬架拍照时，店员要在旁边看护，不允许把猫放在顶层平台以上。
检查完成后在《猫爬架检查记录表》上签名，店长每周抽查。
""",
    ),
    dict(
        slug="exam-zhichuan-notice-noodle-craft-practical-ticket",
        site="雉川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.zhichuan.example.gov.cn/kwgg/2025/0508/331.html",
        title="2025年雉川县事业单位公开招聘非遗手工挂面技艺传承岗位实操考核公告",
        record_title="〖非遗岗考务〗2025年雉川县事业单位公开招聘非遗手工挂面技艺传承岗位实操考核公告_雉川县人事考试网",
        date="2025-05-08",
        notes="a personnel-exam site with a maintenance banner and an admission-ticket float; 下载并打印准考证 as content; the notice's own 咨询电话 next to the site's technical line; the 成文日期 equals the 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖非遗岗考务〗2025年雉川县事业单位公开招聘非遗手工挂面技艺传承岗位实操考核公告_雉川县人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统维护提醒：本网站将于5月12日22:00至24:00暂停服务⟧</div>
<header>⟦m 雉川县人事考试网⟧ <span>⟦m 雉川县人力资源和社会保障局主办⟧</span></header>
<nav>⟦m 首页 考试公告 考务动态 成绩查询 政策法规⟧</nav>
<div class="bread">⟦m 您所在的位置：首页 &gt; 考务动态⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布时间：2025-05-08 10:00　浏览：3306⟧</div>
<div class="content">
{BODY}
</div>
<div class="float-r">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<footer>⟦m 报名系统技术咨询：0713-6651000（工作日）⟧ ⟦m 鄂ICP备17006302号-2⟧</footer>
<script src="/js/floatbox.js"></script>
</body></html>
""",
        body="""
根据《2025年雉川县事业单位公开招聘工作人员公告》，现将非遗手工挂面技艺传承岗位实操考核有关事项公告如下。
一、考核时间：2025年5月17日上午8:30。
二、考核地点：鹘口镇手工挂面文化体验馆。
三、考核内容：和面、盘条、上架、拉面四个环节，考生须在九十分钟内独立完成五斤挂面的制作并上架晾晒，挂面架和原料由考点统一提供。
四、请考生于5月14日至16日登录本网站下载并打印实操考核准考证，凭准考证和身份证参加考核。
咨询电话：雉川县人力资源和社会保障局事业单位人事管理股0713-6651790。
雉川县人力资源和社会保障局
2025年5月8日
""",
    ),
    dict(
        slug="exam-wuzhou-skills-housekeeping-timetable",
        site="鹜洲人事考试服务平台 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.wzrsks.example.cn/jnjd/kwtz/2025/0603/118.html",
        title="鹜洲市2025年第二批客房服务员职业技能等级认定考核安排的通知",
        record_title="【鉴定考务专栏】鹜洲市2025年第二批客房服务员职业技能等级认定考核安排的通知-鹜洲人事考试服务平台",
        date="2025-06-03",
        notes="an exam platform's notice with an exam timetable (one row a paragraph); candidates to bring their own 擦鞋布; the 成文日期 under the signature; the platform's 考务 and technical lines under the text",
        page="""
!m 鹜洲人事考试服务平台
!m 首页 > 职业技能鉴定 > 考务通知
!t 【鉴定考务专栏】鹜洲市2025年第二批客房服务员职业技能等级认定考核安排的通知
!m 来源：市职业技能鉴定指导中心　点击：905
!a 〔打印页面〕〔关闭页面〕
{BODY}
!m 考务咨询：0713-8835560（工作日）　系统技术支持：0713-8835000
!l 相关通知：2025年第二批育婴员技能等级认定考核安排
!d 本平台发布的考试信息以主管部门正式文件为准
""",
        body="""
各报考人员：
2025年第二批客房服务员职业技能等级认定考核定于6月下旬举行，现将有关安排通知如下。
一、考核安排
科目　时间　地点
理论知识　6月21日9:00—10:30　鹜洲职业技术大学实训楼201
技能操作　6月22日8:30—17:00　鹜洲职业技术大学模拟客房
二、技能操作包括中式铺床、客房清扫和擦鞋服务三项，考生须自备工作服、擦鞋布和软毛鞋刷，鞋油由考点提供。
三、考生须携带身份证提前三十分钟到达考场，迟到十五分钟以上不得入场。
鹜洲市职业技能鉴定指导中心
2025年6月3日
""",
    ),
    dict(
        slug="tender-wuzhou-inquiry-shelter-kennels-ca-lines",
        site="鹜洲市公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.wuzhou.example.gov.cn/jyxx/zfcg/xjgg/2025/1009/6631.html",
        title="鹃山区流浪动物救助站保温狗窝采购项目询价公告",
        record_title="〖询价进行中〗鹃山区流浪动物救助站保温狗窝采购项目询价公告 - 鹜洲市公共资源交易网",
        date="2025-10-09",
        notes="a tender portal with a countdown, a bid-file download button and CA/trading-system lines; purchaser and agency contacts in the body; the notice's own date under the agency's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖询价进行中〗鹃山区流浪动物救助站保温狗窝采购项目询价公告 - 鹜洲市公共资源交易网</title>
<script src="/js/countdown.js"></script></head><body>
<div class="top">⟦m 鹜洲市公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 供应商注册⟧</a></div>
<nav>⟦m 首页 交易信息 政策法规 办事指南 诚信体系⟧</nav>
<div class="loc">⟦m 交易信息 › 政府采购 › 询价公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 信息来源：鹜洲恒信招标代理有限公司　发布时间：2025-10-09⟧</div>
<div class="timer">⟦m 距报价截止还剩 6天23时41分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="file">⟦a 获取采购文件（需CA登录）⟧</div>
<footer>⟦m CA数字证书办理咨询：400-880-6611⟧ ⟦m 电子交易系统技术支持：0713-8850888⟧ ⟦m 鹜洲市公共资源交易中心 版权所有⟧</footer>
</body></html>
""",
        body="""
项目编号：JSCG-2025-0417
一、采购内容：保温狗窝一百二十个，外壳为防水塑料，内衬保温棉，底部离地不低于五厘米，预算金额三万六千元。
二、供应商资格：具有独立承担民事责任的能力，参加本次采购活动前三年内无重大违法记录。
三、报价截止时间：2025年10月16日17:00，逾期不予受理。
四、联系方式
采购人：鹃山区流浪动物救助站，联系人：苗女士，电话：0713-8812067。
采购代理机构：鹜洲恒信招标代理有限公司，联系人：史工，电话：0713-8853319。
鹜洲恒信招标代理有限公司
2025年10月9日
""",
    ),
    dict(
        slug="tender-wuzhou-bid-result-letter-holders-record",
        site="鹜洲市政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.wzzfcg.example.gov.cn/cggg/zbgg/2025/0620/2291.html",
        title="鹃山区政务服务中心公共信插采购项目中标结果公告",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="title and date given by the record; a bid-result table (one row a paragraph); the purchaser's phone in the body next to the platform's service and CA lines",
        page="""
!m 鹜洲市政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
{T}
!m 发布日期：2025-06-20　浏览次数：71
{BODY}
!a 【打印】【收藏】
!m 平台客服：0713-8850666　CA办理：400-880-6611
!d 公告内容由采购人或代理机构发布并对其真实性负责
""",
        body="""
一、项目编号：JSZW-2025-0088
二、项目名称：鹃山区政务服务中心公共信插采购项目
三、中标信息
包号　品目　中标供应商　中标金额
1　壁挂式不锈钢信插（60格）　鹜洲鑫达办公设备有限公司　48600元
2　落地式亚克力资料信插　雉川县美格家具厂　21300元
四、公告期限：自本公告发布之日起1个工作日。
五、采购人：鹃山区政务服务中心，联系电话：0713-8807712。
鹃山区政务服务中心
2025年6月20日
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-corridor-kennels-lawyer-card",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.minghenglaw.example.cn/anli/wuye/2025/0527.html",
        title="邻居把狗窝搬进公共楼道，能起诉吗？",
        record_title="相邻纠纷观察丨邻居把狗窝搬进公共楼道，能起诉吗？—明衡律师事务所",
        date="2025-05-27",
        notes="a law firm's case note: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; the byline's 发表于 date is the page's date; bracketed section heads inside paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>相邻纠纷观察丨邻居把狗窝搬进公共楼道，能起诉吗？—明衡律师事务所</title></head><body>
<header>⟦m 明衡律师事务所⟧ ⟦m 专注物业与相邻关系纠纷⟧ <span>⟦m 全国服务热线：400-619-0713⟧</span></header>
<nav>⟦m 首页 律所简介 律师团队 业务领域 以案释法 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 以案释法 / 物业纠纷⟧</div>
<article><h1>{T}</h1>
<p class="meta">⟦m 纪文澜律师 发表于 2025-05-27　阅读：692⟧</p>
{BODY}
<div class="link">⟦m 本文链接：https://www.minghenglaw.example.cn/anli/wuye/2025/0527.html⟧</div>
<div class="copy">⟦d 本站原创文章，转载请注明来源于明衡律师事务所⟧</div></article>
<aside class="card">⟦m 纪文澜　专职律师　执业年限 11 年⟧<br>⟦m 擅长：物业纠纷、相邻关系、侵权赔偿⟧</aside>
<div class="float">⟦w 免费咨询纪律师：139-0713-2288（微信同号）⟧</div>
<footer>⟦m 地址：雉川县城关镇解放路19号金穗大厦6楼⟧ ⟦m 鄂ICP备20013377号⟧</footer>
<script src="/js/consult-float.js"></script>
</body></html>
""",
        body="""
【基本案情】雉川县城南花苑业主张某在楼道公共部位摆放两个狗窝，对门业主李某多次协商未果，遂诉至法院，要求张某搬离狗窝并赔偿损失。
【法院观点】楼道属于业主共有部分，任何业主不得擅自占用。张某长期在楼道堆放狗窝，妨碍他人通行，且存在消防隐患，应当排除妨碍。李某主张的精神损失缺乏证据，不予支持。
【律师提示】遇到类似情况，业主可先请物业、居委会协调，保留照片、视频等证据；协调不成的，可以向法院起诉要求排除妨碍，也可以向消防部门反映。
（本文案例已作匿名化处理）
""",
    ),
    dict(
        slug="lawfirm-hengzheng-answer-cat-tree-collapse-record-date",
        site="恒正律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.hengzhenglaw.example.com/wenda/xiaofei/2025/0708-41.html",
        title="网购猫爬架倒塌致猫受伤，商家要不要赔？",
        record_title="律所问答 ▸ 网购猫爬架倒塌致猫受伤，商家要不要赔？",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="a law firm's Q&A with a 问/答 layout; the record gives the date; a disclaimer, a lawyer's booking line and related questions under the answer",
        page="""
!m 恒正律师事务所 · 消费维权专栏
!t 律所问答 ▸ 网购猫爬架倒塌致猫受伤，商家要不要赔？
!m 发布：2025-07-08　回答律师：邓婧
!a 字号：大 ｜ 中 ｜ 小
{BODY}
!d 以上解答依据提问者描述作出，仅供参考，具体以案件事实为准
!w 遇到类似纠纷？预约邓律师面谈：0713-8868123
!l 相关问答：快递丢件平台拒赔怎么办？｜宠物寄养期间死亡谁担责？
!m 恒正律师事务所 版权所有　执业许可证号 14201200510837621
""",
        body="""
问：我在网上买了一个一米六的猫爬架，按说明书装好后才用了十天，猫跳上顶层时整个架子倒了，猫前腿骨折，花了三千多元医药费。商家说是我安装不当，拒绝赔偿。我该怎么办？
答：根据产品质量法和民法典的规定，因产品存在缺陷造成他人财产损害的，生产者、销售者应当承担赔偿责任。猫爬架底盘过轻、缺少防倾倒装置，可能构成产品缺陷。
建议您：一是保留订单、聊天记录、产品实物和宠物医院的诊疗票据；二是先向平台投诉，要求商家出具安装说明和质检报告；三是协商不成的，可以向当地消费者协会投诉或向法院起诉。
""",
    ),
    dict(
        slug="residents-jiuqiao-notice-stairwell-letter-holders-grid",
        site="鸠桥社区网 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jiuqiaosq.example.cn/gg/2025/0415-07.html",
        title="关于更换老旧小区单元楼道信插的公告",
        record_title="【社区通告】关于更换老旧小区单元楼道信插的公告-鸠桥社区网",
        date="2025-04-15",
        notes="a residents' site with a weather line, a grid member's box and a property repair line; the notice's own 咨询电话 next to them; 扫描二维码登记 as content; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【社区通告】关于更换老旧小区单元楼道信插的公告-鸠桥社区网</title></head><body>
<div class="top">⟦m 鸠桥社区网 · 邻里一家亲⟧ ⟦m 鹃山区 晴 18～27℃ 空气良⟧</div>
<nav>⟦m 社区首页 ｜ 通知公告 ｜ 办事指南 ｜ 邻里活动 ｜ 志愿服务⟧</nav>
<div class="loc">⟦m 首页 › 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布：社区居委会　阅读 256⟧</div>
<div class="txt">
{BODY}
</div>
<aside class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　丁小雨　138-7130-2246⟧</p></aside>
<aside class="repair">⟦m 物业24小时报修：0713-8806000⟧</aside>
<div class="more">⟦l 更多公告：关于开展春季灭鼠工作的通知 ｜ 社区老年食堂菜单（第16周）⟧</div>
<footer>⟦m 鸠桥社区居民委员会 主办　地址：鹃山区鸠桥路12号⟧</footer>
<script src="/js/weather-widget.js"></script>
</body></html>
""",
        body="""
各位居民：
鸠桥社区老旧小区的单元楼道信插大多安装于上世纪九十年代，锈蚀、缺门现象较多，信件、缴费单经常丢失。经居民议事会讨论，社区将于4月下旬至5月底分批更换全部楼道信插。
一、新信插为带锁铝合金材质，每户一格，配钥匙两把。
二、请各户户主于4月25日前扫描单元门口张贴的二维码登记户号和联系电话，或到社区服务大厅现场登记。
三、更换期间，邮件和报刊暂由社区服务大厅代收。
咨询电话：鸠桥社区居委会0713-8806215。
鸠桥社区居民委员会
2025年4月15日
""",
    ),
    dict(
        slug="residents-juanyuan-host-script-cat-adoption-day",
        site="鹃园邻里网 (invented residents' site)",
        style="社区网站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.juanyuanlinli.example.cn/huodong/ziliao/2025-0519.html",
        title="鹃园社区流浪猫驿站认养日活动主持词",
        record_title="鹃园社区流浪猫驿站认养日活动主持词 - 鹃园邻里网",
        date="2025-05-18",
        notes="a host script with 甲/乙/合 lines; a date line under the (decorated) title line is the date; 扫码填写 as content; download/print buttons and the site's service lines under it",
        page="""
!m 鹃园邻里网 — 鹃园社区居民之家
!m 首页 › 社区活动 › 活动资料
!t 鹃园社区流浪猫驿站认养日活动主持词 - 鹃园邻里网
（2025年5月18日）
!m 上传：社区志愿者协会　阅读 188
{BODY}
!a 〔下载本文〕〔打印本文〕
!m 社区服务大厅：0713-8806100　物业客服：0713-8806888
!l 往期活动：端午包粽子活动方案｜夏季纳凉晚会节目单
""",
        body="""
甲：尊敬的各位居民朋友，
乙：亲爱的小朋友们，
合：大家上午好！
甲：今天是鹃园社区流浪猫驿站的第一个认养日。驿站启用三个月来，志愿者们照顾了十九只流浪猫，其中九只已经完成绝育。
乙：驿站里的十二座猫爬架，都是居民们亲手捐建的。今天，我们还要为捐建猫爬架的家庭颁发感谢卡。
甲：下面，请社区党委书记邵明同志致辞。
乙：感谢邵书记。接下来进入认养环节，有意认养的居民请到右侧登记台扫码填写认养申请，志愿者会为您介绍猫咪的情况。
合：认养日活动到此结束，欢迎大家常来驿站看看！
""",
    ),
]
