"""holdout155, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-puao-pile-driving-notice-junk",
        site="蒲岙生活圈论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="text",
        source="http://bbs.puaoquan.com/thread-331902-1-1.html",
        title="关于滨海花园二期工程桩基施工的告居民书",
        record_title="【转】关于滨海花园二期工程桩基施工的告居民书（附施工时间）",
        date="2024-05-08",
        date_also=["2024-05-09"],
        notes="county forum repost with junk; the builder's own complaint phone beside the forum's ad line; the notice's date vs post time",
        page="""
!m 蒲岙生活圈 › 蒲岙杂谈 › 帖子详情
!t 【转】关于滨海花园二期工程桩基施工的告居民书（附施工时间）
!m 楼主：东门口的猫　　发表于 2024-05-09 07:52　　[只看楼主]　　阅读 5219　回复 84
{BODY}
!l 1楼　开心就好2017：又要开始咚咚咚了，晚上能不能别打？
!l 2楼　东门口的猫：上面写了晚上不打，大家监督
!w 蒲岙生活圈广告合作、发帖置顶请加微信 puao_quan
!m 蒲岙生活圈 puaoquan.com 版权所有
""",
        junk=dict(lines=2, glued=2),
        body="""
滨海花园小区及周边各位居民：
滨海花园二期工程定于5月13日开始桩基施工，预计工期45天。施工期间，打桩机作业会产生一定的噪声和振动，给大家的生活带来不便，我们深表歉意。
为尽量减少对居民的影响，我们承诺：
一、严格控制作业时间，每天7:00至12:00、14:00至20:00施工，中午和夜间一律不打桩；中考、高考期间全天停止打桩作业。
二、采用静压桩工艺为主，减少锤击桩数量，场地四周设置围挡和喷雾降尘设施。
三、施工前对临近的5号、6号楼进行房屋现状鉴定，施工期间每天监测振动，发现异常立即停工。
如有意见和建议，请联系项目部，投诉电话：0576-85330917（24小时）。感谢各位居民的理解和支持！
蒲岙城建置业有限公司滨海花园二期项目部
2024年5月8日
""",
    ),
    dict(
        slug="localforum-huayang-tango-club-rules-html",
        site="菰阳论坛 (invented)",
        style="地方论坛",
        genre="公约",
        kind="other",
        form="html",
        source="https://www.guyangbbs.net/forum/post/887153",
        title="菰阳探戈社滨河广场练习场地使用公约",
        record_title="菰阳探戈社滨河广场练习场地使用公约",
        date="2024-06-01",
        notes="local forum HTML page with user card, signature, hot threads; no junk; a pledge's numbered articles; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>菰阳探戈社滨河广场练习场地使用公约 - 兴趣圈子 - 菰阳论坛</title>
<script src="/js/bbs.js"></script></head><body>
<div class="top">⟦m 菰阳论坛⟧ ⟦m 菰阳人的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="crumb">⟦m 菰阳论坛 › 兴趣圈子 › 跳舞健身⟧</div>
<table class="post"><tr><td class="user">⟦m 探戈阿蕾<br>版主 · 积分 9720⟧</td>
<td class="msg"><h1>{T}</h1>
<div class="time">⟦m 发表于 前天 21:18⟧</div>
{BODY}
<div class="sig">⟦m —— 每周二、四、六晚，滨河广场东侧，不见不散 ——⟧</div>
<div class="act">⟦l 回复 | 支持(32) | 收藏 | 举报⟧</div></td></tr></table>
<div class="hot">⟦l 论坛热帖：菰阳夜市新开了一家烤鱼｜滨河公园步道灯坏了没人修？⟧</div>
<div class="foot">⟦m 菰阳论坛 客服邮箱 kefu@guyangbbs.net⟧</div>
</body></html>
""",
        body="""
为了在滨河广场练舞的同时不影响周边居民休息和其他市民活动，经探戈社理事会讨论，并与滨河公园管理处沟通，制定本公约，请全体社员共同遵守。
一、练习时间为每周二、四、六晚19:30至21:30，21:30准时关闭音响。
二、音响音量控制在公园管理处规定的范围内，不使用低音炮，音箱朝向河面摆放。
三、练习区域限于广场东侧，不占用步道和儿童游乐区，与广场舞队伍保持间距。
四、活动结束后各自带走垃圾，由当天值日社员检查场地。
五、新社员须在老社员带领下练习，舞步练习注意安全，不穿细高跟鞋在石板地面练习旋转。
违反公约经提醒仍不改正的，理事会将暂停其参加集体活动。
菰阳探戈社理事会
2024年6月1日
""",
    ),
    dict(
        slug="download-ziliaoku-rules-blasting-safety",
        site="资料库下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.ziliaoku8.com/soft/anquan/21873.html",
        title="爆破作业现场安全管理制度",
        record_title="爆破作业现场安全管理制度 免费下载",
        date=None,
        notes="download station text page with file-info block and mirror links; decorated record title; no date (update stamp only); articles speak of 扫码 as content",
        page="""
!m 资料库下载站 — 海量安全资料免费下
!m 当前位置：首页 → 安全管理 → 规章制度 → 爆破作业现场安全管理制度
!m 资料大小：35KB｜资料类型：doc｜更新时间：2024-07-30｜下载次数：2318
!m 推荐星级：★★★★☆｜授权方式：免费资料
!t 爆破作业现场安全管理制度 免费下载
!m 资料简介：
{BODY}
!a 下载地址：[电信下载一]　[联通下载二]　[本地高速下载]
!a 下载不了？点此报告死链
!d 本站资料均来自网络，仅供学习参考，请于下载后24小时内删除。
!l 相关资料：民用爆炸物品储存库管理制度｜爆破员岗位责任制｜露天矿山爆破设计说明书
""",
        body="""
第一条　为加强爆破作业现场安全管理，防止爆破事故发生，根据《民用爆炸物品安全管理条例》和《爆破安全规程》，结合本公司实际，制定本制度。
第二条　爆破作业必须严格按照经审批的爆破设计方案实施，任何人不得擅自变更装药量和起爆方式。
第三条　爆破作业人员须持证上岗，现场设爆破工作领导人、爆破员、安全员和警戒人员，分工明确、各负其责。
第四条　民用爆炸物品运抵现场后，须由安全员核对品种和数量，作业人员扫描包装上的二维码登记领用信息。
第五条　起爆前须完成清场和警戒，确认警戒范围内人员、设备全部撤离后，方可发出起爆信号。
第六条　爆破后须等待规定时间，由爆破员进入现场检查，发现盲炮立即报告，按规定程序处理。
第七条　剩余民用爆炸物品须当日清退入库，严禁私自留存。
""",
    ),
    dict(
        slug="download-gongcheng-plan-steel-structure-asp-html",
        site="工程文档下载中心 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.gcwdxz.com/down/show.asp?id=61420",
        title="钢结构厂房吊装工程专项施工方案",
        record_title="钢结构厂房吊装工程专项施工方案.doc",
        date="2024-03-20",
        notes="old ASP download page with a file-info table, mirror links and dead-link report; file-name title; 编制日期 in the document",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>钢结构厂房吊装工程专项施工方案.doc - 工程文档下载中心</title>
<script src="/inc/ads.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 工程文档下载中心 gcwdxz.com⟧</td><td align="right">⟦a 会员中心⟧ ⟦a 上传资料⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 施工方案 | 技术交底 | 安全资料 | 监理资料 | 造价软件⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件大小：1.2MB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 所需积分：5分⟧</td><td>⟦m 更新日期：2024-4-9⟧</td></tr>
<tr><td colspan="2">⟦m 资料预览：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址1（镜像）⟧ ⟦a 下载地址2（网盘）⟧ ⟦a 下载地址3（电信）⟧</td></tr>
<tr><td colspan="2">⟦a 【报告错误】【加入收藏】⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦d 声明：本站资料由网友上传，如涉及版权请联系删除。⟧<br>⟦m Copyright (C) 2009-2024 gcwdxz.com 冀ICP备09017726号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
一、工程概况
本工程为柞溪产业园3号标准厂房，单层门式刚架钢结构，建筑面积8640平方米，跨度30米，柱距7.5米，檐口高度9.6米，钢柱最重单件4.8吨。
二、编制依据
《钢结构工程施工质量验收标准》《建筑施工起重吊装工程安全技术规范》及施工图纸。
三、吊装方法
钢柱采用一台50吨汽车吊单机吊装，旋转法起吊；钢梁在地面拼装成整榀后，采用两台25吨汽车吊抬吊就位。
四、安全措施
4.1 吊装作业区设置警戒线，专人监护，非作业人员不得进入。
4.2 风力达到六级及以上、雨雪天气时停止吊装作业。
4.3 高空作业人员必须系挂安全带，钢梁上设置安全绳。
4.4 每榀钢架就位后立即安装檩条和支撑，形成稳定单元。
五、应急处置
发生起重伤害或高处坠落事故时，立即停止作业，拨打120并报告项目部，按应急预案组织救援。
编制人：韩志刚
编制日期：2024年3月20日
""",
    ),
    dict(
        slug="exam-zhuyang-notice-cost-engineer-html",
        site="槠阳市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.zhuyangshi.gov.cn/ksxx/zyzg/202409/t20240902_5512.html",
        title="关于2024年度二级造价工程师职业资格考试考务工作有关事项的通知",
        record_title="关于2024年度二级造价工程师职业资格考试考务工作有关事项的通知_槠阳市人事考试网",
        date="2024-09-02",
        notes="personnel-exam site; exam timetable table; sentences telling candidates to 下载/打印 准考证 kept; the exam office's 咨询电话 beside the site's tech line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2024年度二级造价工程师职业资格考试考务工作有关事项的通知_槠阳市人事考试网</title>
<script src="/js/jquery.js"></script></head><body>
<div class="hd">⟦m 槠阳市人事考试网⟧ ⟦m 公平 · 公正 · 诚信 · 规范⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 公务员考试⟧ ⟦m 事业单位招聘⟧ ⟦m 职业资格⟧ ⟦m 成绩查询⟧</div>
<div class="wz">⟦m 当前位置：首页 &gt; 职业资格 &gt; 考务通知⟧</div>
<div class="news"><h1>{T}</h1>
<div class="ly">⟦m 来源：市人事考试中心　发布日期：2024-09-02　字体：【大 中 小】⟧</div>
{BODY}
</div>
<div class="tip">⟦w 网站技术问题请拨打：0735-2291005（仅限网站故障）⟧</div>
<div class="ft">⟦m 主办单位：槠阳市人力资源和社会保障局　承办：槠阳市人事考试中心⟧</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
2024年度二级造价工程师职业资格考试将于10月19日至20日举行，现将考务工作有关事项通知如下。
一、考试时间和科目
日期　时间　科目
10月19日　9:00—11:30　建设工程造价管理基础知识
10月20日　9:00—12:00　建设工程计量与计价实务
二、准考证打印
考生须于10月14日至18日登录省人事考试网下载并打印准考证，凭准考证和有效身份证件参加考试。
三、考场纪律
考生须提前30分钟到达考场，开考15分钟后不得入场。考生可携带黑色墨水笔、2B铅笔、橡皮和无存储功能的计算器，手机等通讯工具一律不得带入考场座位。
四、咨询方式
考务咨询电话：0735-2291036、0735-2291037（工作日8:30—12:00，14:30—17:30）。
槠阳市人事考试中心
2024年9月2日
""",
    ),
    dict(
        slug="exam-qishui-cashier-skill-assessment-text",
        site="杞水县职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://jnjd.qishui.gov.cn/gg/20240417/880.html",
        title="杞水县2024年第二期收银员职业技能等级认定公告",
        record_title=None,
        date="2024-04-17",
        notes="no record title; a date in Chinese numerals under the signature; fees and batches table; the centre's own phone kept",
        page="""
!m 杞水县职业技能鉴定网
!m 首页｜鉴定公告｜证书查询｜政策法规｜在线报名
!m 公告栏 >> 鉴定公告
{T}
!m （点击量：941）
{BODY}
!a ▶ 返回上一页　▶ 打印本页
!m 杞水县人力资源和社会保障局职业技能鉴定所　技术支持：杞水网络中心
""",
        body="""
根据省人社厅关于职业技能等级认定工作的有关规定，县职业技能鉴定所定于2024年5月组织第二期收银员职业技能等级认定，现将有关事项公告如下：
一、认定等级：五级（初级工）、四级（中级工）。
二、报名条件：年满16周岁，从事或准备从事收银工作的人员；申报四级的，须取得五级证书后从事本职业工作满4年，或累计从事本职业工作满6年。
三、报名时间及地点：4月22日至5月6日，县人力资源市场二楼鉴定所窗口。
四、认定安排：
等级　理论考试　技能操作　认定费
五级　5月18日上午　5月18日下午　120元
四级　5月19日上午　5月19日下午　180元
五、技能操作内容：点钞、票币识别、收银机操作、条码扫描和结账找零。
联系电话：0578-8123427。
杞水县职业技能鉴定所
二〇二四年四月十七日
""",
    ),
    dict(
        slug="tender-huitong-procurement-dust-masks-html",
        site="汇通公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.huitongjy.cn/jyxx/zfcg/cggg/2024-06-19/0029114.html",
        title="楸岭市疾病预防控制中心防尘口罩采购项目询价公告",
        record_title="楸岭市疾病预防控制中心防尘口罩采购项目询价公告",
        record_date="2024-06-19",
        date="2024-06-19",
        notes="tender platform: purchaser and agency contacts kept beside the platform's CA hotline; lot table; 下载 of 询价文件 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>交易信息 - 汇通公共资源交易平台</title>
<script src="/static/ggzy.js"></script></head><body>
<div class="logo">⟦m 汇通公共资源交易平台⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 服务指南⟧ ⟦m 诚信体系⟧</div>
<div class="bread">⟦m 交易信息 / 政府采购 / 采购公告⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 信息时间：2024-06-19　项目编号：QLCG-2024-0617　浏览：74⟧</div>
{BODY}
</div>
<div class="sidebar"><p>⟦w CA数字证书办理热线：400-619-2024⟧</p><p>⟦l 最新公告 >>⟧</p></div>
<div class="footer">⟦m 主办：楸岭市公共资源交易中心　网站标识码：3311000057⟧</div>
</body></html>
""",
        body="""
受楸岭市疾病预防控制中心委托，楸岭众诚招标代理有限公司对防尘口罩采购项目进行询价采购，欢迎合格的供应商参加。
一、采购内容
包号　品名　数量　最高限价
1　KN95防尘口罩（头戴式）　20000只　60000元
2　可更换滤棉半面罩　800套　48000元
二、供应商资格要求：具有独立承担民事责任的能力；所投产品须符合GB 2626-2019标准。
三、获取询价文件：6月20日至6月26日，供应商在本平台免费下载询价文件。
四、响应文件提交截止时间：2024年6月29日9:30。
五、联系方式
采购人：楸岭市疾病预防控制中心，联系人：葛敏，电话：0578-2263105。
代理机构：楸岭众诚招标代理有限公司，联系人：金一帆，电话：0578-2219836。
""",
    ),
    dict(
        slug="tender-jianzhu-result-formwork-text",
        site="建筑采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jzcaigou.com/zbgs/2024/1022/186034.html",
        title="杪川新城安置房二期铝合金模板租赁项目中标结果公示",
        record_title="【中标公示】杪川新城安置房二期铝合金模板租赁项目中标结果公示-建筑采购网",
        date="2024-10-22",
        notes="text page; decorated record title; candidate table; 公示期; objection contact kept; VIP prompt chrome",
        page="""
!m 建筑采购网｜找项目　找供应商
!m 招标公告　中标公示　拟在建项目　企业库　会员服务
!t 【中标公示】杪川新城安置房二期铝合金模板租赁项目中标结果公示
!m 地区：杪川　　类型：中标结果　　发布时间：2024-10-22
!a 开通VIP会员，查看全部联系方式及附件 ▶
{BODY}
!a 关注微信服务号，每天推送您关注的项目
!l 相似项目：安置房三期铝模采购｜人才公寓爬架租赁项目
!m 客服热线：400-877-6302　工作时间：9:00-17:30
""",
        body="""
杪川新城安置房二期铝合金模板租赁项目于2024年10月18日开标，经评标委员会评审，现将中标结果公示如下：
排名　投标人　投标报价（元）　得分
第一中标候选人　杪川恒固模架科技有限公司　3865200　92.6
第二中标候选人　菰阳铝模工程有限公司　3918400　88.3
第三中标候选人　椴河建工模板租赁有限公司　3972000　85.1
拟定中标人：杪川恒固模架科技有限公司。
公示期：2024年10月22日至2024年10月24日。对公示结果有异议的，请于公示期内以书面形式向招标人提出。
招标人：杪川新城建设投资有限公司，联系人：施工管理部 钱立，电话：0571-63312078。
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-article-uniform-rental-html",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.zhengyuanlaw.cn/insights/2024/uniform-rental-contract",
        title="工装租洗服务合同中常见的五类纠纷及防范建议",
        record_title="工装租洗服务合同中常见的五类纠纷及防范建议 | 正源律师事务所",
        date="2024-08-15",
        notes="law-firm site; consultation line and disclaimer chrome; numbered list; author byline date; 'not legal advice' notice",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>工装租洗服务合同中常见的五类纠纷及防范建议 | 正源律师事务所</title>
<script src="/theme/law.js"></script></head><body>
<header>⟦m 正源律师事务所⟧ ⟦m 专注企业合规与商事争议⟧ <nav>⟦m 关于我们⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 正源观察⟧ ⟦m 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 正源观察 / 合同实务⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 文｜合伙人 庞书琪 律师　2024.08.15⟧</div>
{BODY}
</article>
<div class="cta">⟦w 企业合同审查、常年法律顾问咨询：0571-87015288（工作日）⟧</div>
<div class="disclaimer">⟦d 本文仅为一般性法律信息分享，不构成对任何具体事项的法律意见。⟧</div>
<footer>⟦m © 2024 正源律师事务所　浙ICP备18031274号⟧</footer>
</body></html>
""",
        body="""
不少制造企业和餐饮企业把员工工装的租赁、清洗、修补外包给专业洗涤公司。这类合同金额不大，但履行周期长，纠纷并不少见。结合我们近年代理的案件，梳理出五类常见纠纷。
1.数量和交接纠纷。工装按件计费，双方对送洗数量、返还数量各执一词。建议每次交接签署交接单，或使用带芯片的工装自动计数。
2.丢失和损坏赔偿纠纷。合同往往只写“按价赔偿”，却不约定折旧标准。建议按工装使用年限约定赔偿比例。
3.洗涤质量纠纷。油污、异味洗不干净，企业拒付款项。建议在合同中明确质量标准和复洗程序，约定抽检方式。
4.价格调整纠纷。洗涤公司以人工、能耗上涨为由要求涨价。建议约定调价的触发条件、幅度和通知期限。
5.提前解约纠纷。企业更换供应商时，对尚在租期内的工装如何处理常常争议很大。建议约定租赁工装的残值买断办法。
合同签订前，企业法务或外部律师花半小时把这几条审清楚，往往能省去日后一场官司。
""",
    ),
    dict(
        slug="lawfirm-mingjian-lecture-kitchen-cabinets-text",
        site="明鉴律师网 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="http://www.mingjianlawyer.com/pufa/20240315-jiangzuo.html",
        title="定制橱柜消费纠纷怎么办——3·15消费维权讲座讲稿",
        record_title="定制橱柜消费纠纷怎么办——3·15消费维权讲座讲稿",
        date="2024-03-15",
        notes="law-firm site text; date and speaker under the title (neutral); consult prompt glued after a sentence; disclaimer",
        page="""
!m 明鉴律师网 · 明鉴律师事务所官方网站
!m 首页 > 普法园地 > 讲座讲稿
{T}
（2024年3月15日）
主讲：明鉴律师事务所 律师 魏子衿
{BODY}
!d 温馨提示：本文内容供普法学习参考，具体案件请以律师面谈意见为准。
!w 免费法律咨询请拨 0519-86670321，或到律所前台预约
!l 相关讲稿：装修合同签订的十个注意事项｜网购退货纠纷案例解读
""",
        body="""
各位居民朋友，大家好！今天借“3·15”国际消费者权益日，跟大家聊聊定制橱柜的消费纠纷。
近两年，我们律所接待的家装类咨询中，定制橱柜占了将近三成。常见的问题有三类：一是尺寸不符，装不进去或者缝隙过大；二是板材以次充好，合同写的是某品牌环保板，送来的却是杂牌板；三是交货拖延，新房迟迟不能入住。⟦w 遇到类似问题可来电免费咨询⟧
遇到这些问题，大家要记住三件事。第一，签合同时把板材品牌、环保等级、五金件型号、交货时间和违约责任写清楚，设计图纸要双方签字。第二，收货安装时当场验收，发现问题拍照留证，不要先签验收单。第三，协商不成的，可以向市场监管部门投诉，也可以拨打12315热线，必要时向法院起诉。
按照消费者权益保护法的规定，经营者提供的商品不符合质量要求的，消费者可以要求退货、更换或者修理；经营者有欺诈行为的，消费者还可以要求三倍赔偿。
希望大家都能装上称心的橱柜。谢谢大家！
""",
    ),
]
