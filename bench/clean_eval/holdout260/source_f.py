"""holdout260, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="examforum-shenlun-essay-reflective-html",
        site="上岸岛公考论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.shangandao.com/thread-77102-1-1.html",
        title="一张反光贴照亮回家路",
        record_title="[申论范文] 一张反光贴照亮回家路（求大神点评）- 申论交流 - 上岸岛",
        date=None,
        notes="exam forum; reply-to-see prompt; QQ-group ad; essay without date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[申论范文] 一张反光贴照亮回家路（求大神点评）- 申论交流 - 上岸岛</title></head><body>
<div class="hd">⟦m 上岸岛 · 公考人的加油站⟧</div>
<div class="pt">⟦m 上岸岛 › 申论交流 › 范文点评⟧</div>
<h1>{T}</h1>
<div class="a">⟦m 楼主 冲鸭备考人 发表于 5 天前⟧</div>
{BODY}
<div class="hide">⟦a 本帖隐藏批改意见，回复后可见⟧</div>
<div class="ad">⟦w 申论批改群：QQ 771204536，进群送范文集⟧</div>
<footer>⟦m 上岸岛公考论坛 Powered by Discuz!⟧</footer></body></html>
""",
        body="""
夜幕下的乡村道路上，一辆辆农用三轮车亮起了红白相间的反光贴。这张小小的反光贴，折射出基层治理的温度。
治理要从群众最急最忧的事情做起。农村道路照明不足，老人骑车夜归，追尾事故多发，一张几块钱的反光贴就能化解大风险。
治理要靠群众参与。党员志愿者上门粘贴，子女回家提醒老人，人人都是安全的守护者。
小切口，大民生。把一件件小事做实，群众的安全感就会越来越足。
""",
    ),
    dict(
        slug="examforum-mianshi-post-team-flag-text-junk",
        site="考编圈论坛 (invented)",
        style="公考论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.kaobianquan.com/t/50218",
        title="结构化面试题：单位运动会要你负责制作队旗，你怎么做？",
        record_title="【面试真题】结构化面试题：单位运动会要你负责制作队旗，你怎么做？ - 考编圈",
        date=None,
        notes="text; exam forum with junk; numbered answer; no date",
        page="""
!m 考编圈论坛 ｜ 面试交流区
{T}
!m 楼主：上岸在望　发表于 2 周前
{BODY}
!l 回复(31) ｜ 点赞 ｜ 收藏
!w 一对一面试辅导，加V：kbq_mianshi
""",
        junk=dict(lines=1, glued=2),
        body="""
我的答题思路分享一下，欢迎拍砖。
第一，了解需求。向领导请示队旗的数量、尺寸和预算，听取各部门对图案的意见。
第二，设计方案。征集设计稿，组织投票选出方案，报领导审定。
第三，联系制作。比较三家以上制作单位的报价和样品，选定后签订合同，明确交货时间。
第四，验收使用。队旗到货后逐面检查，运动会结束后统一收回保管。
""",
    ),
    dict(
        slug="encyclopedia-baike-entry-oil-lamp-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/油灯",
        title="油灯",
        record_title=None,
        date=None,
        notes="encyclopaedia; edit/discuss/history tabs; infobox; contents box; reference markers glued; entry name opens the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>知源百科</title></head><body>
<div class="hd">⟦m 知源百科 — 人人可编辑的百科⟧</div>
<div class="tabs">⟦a 编辑词条　讨论　历史版本⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 中文名：油灯　外文名：oil lamp　类别：照明器具⟧</td></tr></table>
<div class="toc">⟦l 目录 1 简介 2 种类 3 使用⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《中国古代灯具》，知源出版社⟧</div>
<footer>⟦d 词条内容由网友编辑，仅供参考⟧</footer></body></html>
""",
        body="""
油灯是以植物油、动物油或煤油为燃料，用灯芯吸油燃烧发光的照明器具。⟦l [1]⟧
按材质分，有陶油灯、瓷油灯、铜油灯和铁油灯；按形制分，有碗形灯、豆形灯和带玻璃罩的煤油灯。马灯因能挂在马车上、防风防雨而得名。⟦l [2]⟧
在电灯普及以前，油灯是中国城乡最主要的照明工具。如今，油灯多作为民俗展品收藏，一些地方的民俗馆还专门开设了油灯展厅。
""",
    ),
    dict(
        slug="encyclopedia-wenda-answer-mudguard-text",
        site="百事通问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baishitong.cc/wenda/90118.html",
        title="山地车要不要装挡泥板？",
        record_title="山地车要不要装挡泥板？_百事通问答",
        date=None,
        notes="text; answer time relative; no date",
        page="""
!m 百事通问答　›　运动户外
{T}
!m 答主 单车老林　更新于 3 天前
{BODY}
!l 👍 有帮助 42　｜　追问
!l 相关问题：公路车挡泥板怎么安装？
""",
        body="""
看用途。平时通勤、雨天也要骑的，建议装；专门跑山、越野的，可以不装。
装挡泥板的好处是雨天泥水不会甩到后背和脸上，衣服干净。缺点是跑山时挡泥板容易卡泥，还可能被树枝刮坏。
现在有一种快拆式挡泥板，晴天拆、雨天装，几秒钟就能搞定，比较适合两头兼顾的车友。买的时候注意看尺寸，要和轮胎宽度匹配，太窄了挡不住泥水。
""",
    ),
    dict(
        slug="netdisk-wangpan-summary-bike-basket-html",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://pan.yunzhou.cc/s/1xQv8KdL",
        title="鄳口镇2024年共享单车运维工作总结",
        record_title="鄳口镇2024年共享单车运维工作总结.pdf",
        date="2024-12-27",
        notes="file-name title; cloud-drive preview with VIP prompts; share stamp not a date; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鄳口镇2024年共享单车运维工作总结.pdf_免费高速下载|云舟网盘</title></head><body>
<div class="hd">⟦m 云舟网盘⟧ ⟦a 登录 ｜ 开通超级会员⟧</div>
<div class="file">⟦m 分享者：m***8　分享于 2025-01-03　有效期：永久⟧</div>
<h2>{T}</h2>
{BODY}
<div class="vip">⟦a 非会员仅可预览前两页，开通会员查看全部⟧</div>
<div>⟦a 保存到我的网盘　｜　下载（1.2MB）⟧</div>
<footer>⟦d 云舟网盘严禁分享违法内容，举报电话 400-700-3391⟧</footer></body></html>
""",
        body="""
2024年，镇运维站负责管理全镇共享单车420辆。一年来主要做了以下工作。
一、每日巡检。运维员每天巡检停放点两遍，全年修复车筐变形、脱焊车辆370余次。
二、集中整修。暑期对全部车辆进行一次集中保养，更换车筐88个、链条56根。
三、规范停放。在学校、集市周边新划停车线12处。
明年将增加两名运维员，缩短故障车辆修复时间。
鄳口镇共享单车运维站
2024年12月27日
""",
    ),
    dict(
        slug="netdisk-nas-plan-team-flag-text-markers",
        site="家用NAS分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nas.yeqian-home.net:5000/sharing/Tf3Kp",
        title="湭阳镇第五届村BA开幕式入场方案",
        record_title=None,
        date="2025-07-08",
        notes="missing title: title line on the page; page markers glued or not; NAS share chrome; 成文日期",
        page="""
!m 叶谦的家庭云 · 文件分享
!m 共享文件：开幕式入场方案终稿.txt　大小 6KB
!a 下载 ｜ 在线预览
{T}
{BODY}
!d 链接由用户自建服务器分享，与本软件厂商无关
""",
        indent="\u3000\u3000",
        pages=dict(fmt="〔p.{n}〕", every=120, start=2, glue="mix"),
        body="""
一、入场顺序：裁判员队、各村代表队、啦啦队依次入场。
二、各村代表队由一名旗手在前，手举本村队旗，队员四人一排跟在后面，经过主席台时旗手挥旗致意。
三、队旗统一由镇文化站于7月15日前发放，各村负责保管，比赛结束后交回。
四、入场音乐由镇中学鼓乐队现场演奏，每队入场时间不超过一分钟。
湭阳镇村BA组委会
2025年7月8日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-notice-oil-lamp-html",
        site="寻迹搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xunji.com/c?u=www.qiyang.gov.cn/wh/2024/1103",
        title="关于禁止在文化礼堂内使用明火油灯的通知",
        record_title="关于禁止在文化礼堂内使用明火油灯的通知 - 寻迹快照",
        date="2024-11-01",
        notes="search-cache frame with highlighted terms and capture stamp; 抄送 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于禁止在文化礼堂内使用明火油灯的通知 - 寻迹快照</title></head><body>
<div class="snap">⟦d 这是寻迹对原网页的缓存，页面可能已经改变⟧ ⟦m 抓取于 2024-11-09 04:12⟧ ⟦a 查看原网页⟧</div>
<div class="hl">⟦m 已标亮的检索词：油灯 明火⟧</div>
<div class="orig"><div>⟦m 湭阳镇人民政府⟧</div>
<h2>{T}</h2>
{BODY}
</div>
<footer>⟦m 寻迹 © 2024 快照服务⟧</footer></body></html>
""",
        body="""
各村（社区）：
近期有村民在文化礼堂举办民俗活动时点燃油灯，存在火灾隐患。为确保安全，现通知如下：
一、各村文化礼堂内一律禁止点燃油灯、蜡烛等明火。
二、民俗展示需要油灯的，一律空置展示，或改用电子仿真灯。
三、各村要落实礼堂管理员，活动前后进行安全检查。
湭阳镇人民政府
2024年11月1日
抄送：镇派出所，镇文化站。
""",
    ),
    dict(
        slug="snapshot-wenben-report-reflective-text",
        site="觅影文字快照 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://kz.miying.cn/text?u=jtj.xiaoxi.gov.cn/tb/2025/0214",
        title="关于春节期间农用车夜间事故情况的通报",
        record_title="〔文字快照〕关于春节期间农用车夜间事故情况的通报",
        date="2025-02-14",
        notes="text-only cache; snapshot stamp not a date; table",
        page="""
!d 觅影快照：以下为网页的纯文字版本，图片已略去
!m 快照生成于 2025-02-20 13:40
{T}
{BODY}
!m 原网址：jtj.xiaoxi.gov.cn/tb/2025/0214
""",
        body="""
各乡镇，县直有关单位：
春节期间，全县共发生农用车夜间交通事故9起，造成2人死亡、5人受伤。经调查，其中6起事故车辆车尾无反光贴或反光贴严重污损。
乡镇　事故起数
湭阳镇　3起
鄳口镇　2起
其他乡镇　4起
请各乡镇立即组织排查，2月底前为辖区农用车补贴反光贴。
皛溪县道路交通安全委员会办公室
2025年2月14日
""",
    ),
    dict(
        slug="print-dayin-rules-bike-basket-html",
        site="琠城物业服务中心 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.tcwyfw.com/print.asp?id=330",
        title="小区车棚管理规定",
        record_title="打印预览 ▸ 小区车棚管理规定 · 琠城物业",
        date=None,
        notes="print view calling window.print(); print footer; articles speaking of 车筐; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印预览 ▸ 小区车棚管理规定 · 琠城物业</title><script>window.onload=function(){window.print();}</script></head><body>
<div class="pbar">⟦a 〔执行打印〕〔返回原文〕⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⌈第1页∣总1页⌋⟧</div>
<div class="url">⟦m 打印自：www.tcwyfw.com⟧</div>
</body></html>
""",
        body="""
第一条　车棚仅供本小区业主停放自行车、电动车。
第二条　车辆应有序停放，车筐内不得存放易燃物品和贵重物品。
第三条　禁止在车棚内私拉电线充电。
第四条　长期不用的车辆，业主应在车筐或车把上挂牌注明门牌号。
第五条　车棚每月清理一次，无牌且无人认领的车辆按无主物品处理。
第六条　本规定由物业服务中心负责解释，自张贴之日起执行。
""",
    ),
    dict(
        slug="print-dayin-notice-mudguard-text",
        site="澯水公交集团 打印版 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.csbus.cn/news/print/2024/77.html",
        title="关于公交车辆挡泥板检查情况的通报",
        record_title="〖打印稿〗关于公交车辆挡泥板检查情况的通报",
        date="2024-10-30",
        notes="text print view; print footer; document date; print stamp not a date",
        page="""
!m 澯水公交集团　打印版
!m 打印时间：2024-11-02 09:18
{T}
{BODY}
!p ⌈第1页∣总1页⌋
""",
        body="""
各车队：
10月下旬，集团安全部对全部公交车辆进行了挡泥板专项检查。共检查车辆136辆，发现挡泥板破损、缺失的19辆，其中第三车队最多，有8辆。
请各车队于11月10日前完成整改，整改后拍照报安全部。第三车队要在车队例会上作出说明。对检查中发现的其他问题，一并整改。
澯水公交集团安全部
2024年10月30日
""",
    ),
    dict(
        slug="mail-youjian-letter-reflective-html",
        site="鄳口邮箱 网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.mengkou.cn/read?mid=ZC2811",
        title="关于协助发放电动车反光贴的函",
        record_title="Fwd: 关于协助发放电动车反光贴的函",
        date="2024-11-11",
        date_also=["2024-11-12"],
        notes="webmail reading view; forwarded header; attachment bar next to the letter's own 附件 list; mail date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fwd: 关于协助发放电动车反光贴的函 - 鄳口邮箱</title></head><body>
<div class="top">⟦m 鄳口邮箱　收件箱(12)　草稿箱　已发送⟧</div>
<div class="bar">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<h3>{T}</h3>
<div class="hdr">⟦m 发件人：鄳口镇综治办 &lt;zzb@mengkou.cn&gt;　时间：2024年11月12日 08:55⟧</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
{BODY}
<div class="att">⟦a 附件（2个）：发放登记表.xlsx 38K　下载 ｜ 预览⟧</div>
</body></html>
""",
        body="""
鄳口镇各村委会：
县公安局交警大队为我镇调拨电动车反光贴五千套，请各村协助做好发放工作。
一、请各村于11月15日前到镇综治办领取。
二、发放时做好登记，每辆车限领一套，当场贴好。
附件：1.各村分配表　2.发放登记表
联系人：综治办幸嘉言，电话0796-7631205，邮箱zzb@mengkou.cn。
鄳口镇社会治安综合治理办公室
2024年11月11日
""",
    ),
    dict(
        slug="mail-zhuanfa-letter-team-flag-text",
        site="邮件转发文本 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:forward-20250516@lingchuan-sports.cn",
        title="关于借用县运会队旗的函",
        record_title="转发：关于借用县运会队旗的函",
        date="2025-05-15",
        date_also=["2025-05-16"],
        notes="forwarded mail as text; send date differs from the letter's date",
        page="""
!m -------- 转发邮件 --------
!m 发件人：醽川县体育中心 <tyzx@lingchuan-sports.cn>
!m 发送时间：2025年5月16日 星期五 10:02
!m 收件人：各乡镇文化站
{T}
{BODY}
!d 此邮件由系统代发，请勿直接回复
""",
        body="""
醽川县档案馆：
为筹办县第十届运动会开幕式“历届运动会回顾”展示，我中心拟借用贵馆收藏的第一届至第五届县运会各代表队队旗，共计二十三面。
借用时间为6月1日至6月30日，展出期间由专人看护，展毕按原样归还。
如蒙同意，我中心将派人到馆办理借用手续。恳请予以支持。
联系人：丰亦柯，电话0797-3160722。
醽川县体育中心
2025年5月15日
""",
    ),
]
