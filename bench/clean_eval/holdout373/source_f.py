"""holdout373, part F: residents' sites, training schools, search snapshots, print views and
forwarded mails. Everything invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-zhouguang-step-class-notice-html",
        site="宙光社区居委会网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhouguangsq.cn/tzgg/20250401-093.html",
        title="宙光社区长者踏板操班开课通知",
        record_title="【家门口的健身课】宙光社区长者踏板操班开课通知｜宙光社区居委会",
        date="2025-04-01",
        notes="residents' site with a weather line, a grid worker's box and property repair lines beside the "
        "community's own 咨询电话; a 扫码 sign-up sentence is body; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【家门口的健身课】宙光社区长者踏板操班开课通知｜宙光社区居委会</title></head><body>
<div class="sq-top">⟦m 宙光社区 · 邻里一家亲⟧　⟦m 杰湾区 晴 9～21℃ 空气良⟧</div>
<div class="sq-nav">⟦m 首页 | 社区公告 | 党建园地 | 便民服务 | 邻里活动 | 居民议事⟧</div>
<div class="sq-pos">⟦m 首页 ＞ 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-info">⟦m 社区居委会　｜　浏览 318⟧</div>
<div class="sq-con">
{BODY}
</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　蓄兰英　138 9152 0417⟧</p></div>
<div class="sq-wy">⟦m 物业报修：0915-3341122（24小时）⟧　⟦m 物业夜间值班：0915-3341133⟧</div>
<div class="sq-ft">⟦m 凛州市杰湾区宙光社区居民委员会　地址：宙光路12号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富社区老年人的健身生活，社区联合区老年体协开设长者踏板操班，现将有关事项通知如下：
一、开课时间：4月8日起，每周二、周五上午9:00—9:40，共12周。
二、上课地点：社区党群服务中心二楼活动室（雨雪天照常上课）。
三、报名对象：辖区内60周岁以上、身体健康状况良好的居民，每期限30人。
四、报名方式：扫描社区公告栏上的二维码填写报名表，或到社区服务大厅登记。
五、注意事项：踏板由社区统一提供，请学员穿运动鞋、着宽松衣物，自带水杯；有高血压、心脏病或膝关节疾病的居民，请先咨询家庭医生。
社区咨询电话：0915-3340516（工作日）
宙光社区居民委员会
2025年4月1日
""",
    ),
    dict(
        slug="community-zhanyuan-request-pole-saw-toolhouse-text",
        site="绽园社区网 文字版 (invented)",
        style="社区网站",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.zhanyuan-sq.com/gongwen/2025/0218/31.html",
        title="关于为社区共享工具屋添置高枝锯等修剪工具的请示",
        record_title="〔居委会公文〕关于为社区共享工具屋添置高枝锯等修剪工具的请示 - 绽园社区网",
        date="2025-02-17",
        date_also=["2025-02-18"],
        notes="a residents' site saved as text: a grid worker's line and a property line beside the request's "
        "own 联系人; a request with a cost table; the page date differs from the signature's",
        page="""
!m 绽园社区网　—　凛州市戚湾区栽桐街道绽园社区
!m 首页 · 社区公开 · 居委会公文
!t 〔居委会公文〕关于为社区共享工具屋添置高枝锯等修剪工具的请示
{T}
!m 公开日期：2025-02-18　　来源：绽园社区居委会
{BODY}
!m 网格员 厚小琴　电话 139 1537 2209
!m 物业服务中心：0915-3362200
!l 下一篇：绽园社区2月份“邻里议事会”议定事项公示
""",
        indent="\u3000\u3000",
        body="""
栽桐街道办事处：
2024年6月，社区在3号楼架空层开设了共享工具屋，为居民免费出借常用工具，半年来累计出借1400余次，深受欢迎。入冬以来，不少居民反映小区内的桂花树、香樟树枝条伸到窗前、遮挡阳光，希望借用修剪工具自行处理，但工具屋目前没有适合修剪高处枝条的工具。
为满足居民需求，同时避免居民登高修剪发生危险，社区拟为工具屋添置以下工具：
名称　数量　单价　金额
伸缩式手动高枝锯　4把　168元　672元
绝缘安全帽　4顶　45元　180元
防割手套　8副　22元　176元
合计1028元，拟从社区惠民资金中列支。工具出借时，社区将要求借用人签订安全承诺书，并由志愿者现场讲解使用方法。
妥否，请批示。
联系人：绽晓明，电话：0915-3361027
绽园社区居民委员会
2025年2月17日
""",
    ),
    dict(
        slug="school-donglan-brochure-step-coach-html",
        site="动岚健身培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.donglan-fit.com/zhaosheng/tabancao-weekend.html",
        title="踏板操教练周末精品班招生简章",
        record_title="【周末班·热招】踏板操教练周末精品班招生简章（每期限招20人）｜动岚健身培训学校",
        date=None,
        notes="training school with a promo banner, a franchise line and a consult float beside the course's own "
        "报名电话; a fee table and a numbered list; no date in the brochure",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【周末班·热招】踏板操教练周末精品班招生简章（每期限招20人）｜动岚健身培训学校</title></head><body>
<div class="dl-banner">⟦a 报名立减300元，老学员推荐再送课时⟧</div>
<div class="dl-head">⟦m 动岚健身培训学校⟧ ⟦m 专注健身教练培养12年⟧</div>
<div class="dl-nav">⟦m 首页　课程体系　师资团队　学员风采　招生简章　加盟合作⟧</div>
<div class="dl-main">
<h1>{T}</h1>
<div class="dl-body">
{BODY}
</div>
</div>
<div class="dl-join">⟦w 城市合伙人招募热线：400-118-9527⟧</div>
<div class="dl-float">⟦w 课程顾问在线 点我咨询⟧</div>
<div class="dl-ft">⟦m 凛州市动岚职业技能培训学校有限公司　陕ICP备21007390号⟧</div>
</body></html>
""",
        body="""
踏板操节奏明快、动作简单，适合各年龄段人群，是健身房和社区最受欢迎的团体课程之一。本校开设踏板操教练周末精品班，帮助学员系统掌握踏板操教学技能。
一、招生对象：18至50周岁，身体健康、热爱健身，有舞蹈或运动基础者优先。
二、课程内容：
1. 健身踏板的结构、高度选择与安全检查；
2. 基本步法与组合编排，包括基本步、V字步、转身步等；
3. 音乐节拍与口令提示；
4. 不同人群的课程设计，重点讲解老年人和体重较大学员的保护要点；
5. 教学实习与考核。
三、学制与费用
班型　课时　学费
周末班　8周共64课时　3680元
周末强化班　8周共64课时另加实习16课时　4580元
四、结业发证：考核合格者颁发本校结业证书，并推荐参加健身教练职业技能等级认定。
报名电话：0915-3315718
""",
    ),
    dict(
        slug="school-qiaoshou-rules-soap-net-diy-text",
        site="巧手坊手工培训 文字版 (invented)",
        style="培训机构",
        genre="规定/制度",
        kind="other",
        form="text",
        source="https://www.qiaoshoufang.cn/kecheng/xuzhi-18.html",
        title="手工皂与肥皂网亲子DIY课学员须知",
        record_title="课前先读 ▹ 手工皂与肥皂网亲子DIY课学员须知（报名前请仔细阅读）- 巧手坊",
        date=None,
        notes="training school as text: a promo line, a trial-lesson prompt, a franchise line; a numbered rule "
        "with no date",
        page="""
!a 新学员体验课仅需19.9元，点击抢位
!m 巧手坊手工培训 · 让双手学会创造
!m 首页 / 亲子课程 / 学员须知
!t 课前先读 ▹ 手工皂与肥皂网亲子DIY课学员须知（报名前请仔细阅读）
{T}
{BODY}
!w 想开一家巧手坊？品牌加盟热线 400-770-3361
!m 巧手坊 · 厚原旗舰店　厚原县城南新区文化街5号
""",
        indent="",
        body="""
欢迎参加巧手坊手工皂与肥皂网亲子DIY课。为保证课程安全、顺利进行，请家长和小学员认真阅读以下须知：
1. 本课程适合6至12岁儿童，须由一名家长全程陪同参加。
2. 课程分两部分：前半节用皂基和天然色粉制作手工皂，后半节用棉线钩织一个肥皂网，把做好的手工皂装进网里带回家。
3. 融化皂基使用恒温加热锅，由老师操作，儿童不得触碰加热锅和刚倒出的热皂液。
4. 钩针使用圆头儿童款，课后统一收回，请勿带离教室。
5. 请穿着方便活动的衣服，长发请扎起；对香精或精油过敏的儿童请提前告知老师，改用无香皂基。
6. 手工皂需晾置24小时后再使用；肥皂网用后请挂起晾干。
7. 课程开始前24小时可免费改期一次，开课后不予退费。
""",
    ),
    dict(
        slug="snapshot-soutu-power-pole-saw-warning-html",
        site="鹭寻网页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.luxun-search.cn/c?m=9f7a2b0e41&p=jlgd&u=http%3A%2F%2Fwww.jlpower.com.cn%2Fgg%2F1206.html",
        title="关于冬季清理线路树障禁止使用金属杆高枝锯的安全提示",
        record_title="关于冬季清理线路树障禁止使用金属杆高枝锯的安全提示 - 焦岭供电 ‹鹭寻快照›",
        date="2024-12-06",
        notes="search-cache frame: a capture banner with highlighted terms, the cached portal's own chrome; the "
        "supply station's own 联系电话 beside the power company's 95598-style line; 成文日期 under the "
        "signature; the capture stamp is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于冬季清理线路树障禁止使用金属杆高枝锯的安全提示 - 焦岭供电 ‹鹭寻快照›</title></head><body>
<div class="st-banner" style="background:#ffd">
<p>⟦d 这是 http://www.jlpower.com.cn/gg/1206.html 的鹭寻快照，是网页在 2025年01月08日 04:17 的存档。⟧</p>
<p>⟦d 当前页面可能已经更改，请点击查看最新页面。鹭寻与网页内容无关。⟧</p>
<p>⟦a 以下搜索词已高亮：<b style="background:#ff6">高枝锯</b> <b style="background:#9ff">树障</b>⟧</p>
</div>
<hr>
<div class="jl-head">⟦m 焦岭县供电服务中心⟧ ⟦m 用电服务热线：96128⟧</div>
<div class="jl-nav">⟦m 首页 ｜ 停电公告 ｜ 用电指南 ｜ 安全用电 ｜ 营业网点⟧</div>
<div class="jl-con">
<h3>{T}</h3>
<div class="jl-meta">⟦m 信息来源：焦岭县供电服务中心　阅读次数：622⟧</div>
{BODY}
</div>
<div class="jl-ft">⟦m 焦岭县供电服务中心 版权所有⟧</div>
</body></html>
""",
        body="""
广大果农、园林养护单位和村民朋友：
冬季是果树修剪和林木清理的集中时期。近期，我县已发生两起群众使用铝合金杆高枝锯修剪线路旁树枝时触碰导线、造成人员触电受伤和线路跳闸的事件。为保障群众生命安全和可靠供电，现提示如下：
一、严禁使用金属杆、铝合金杆等导电材质的高枝锯修剪电力线路附近的树枝。即使是绝缘杆高枝锯，也不得在带电线路两米范围内作业。
二、线路通道内的树障由供电部门统一清理。群众发现树枝靠近或搭在电线上的，请不要自行处理，及时拨打供电所电话报告。
三、修剪其他树木时，先观察上方是否有电线，锯下的树枝不得抛向线路方向。
四、一旦发现有人触电，切勿直接用手拉拽，应立即拉下电源开关或用干燥木棍挑开电线，并拨打120。
焦岭县供电服务中心庞口供电所联系电话：0917-6651034
焦岭县供电服务中心
2024年12月6日
""",
    ),
    dict(
        slug="snapshot-wenzi-letter-step-board-donation-oneline",
        site="鹭寻文字存档 (invented search cache)",
        style="搜索快照",
        genre="函",
        kind="other",
        form="text",
        source="http://cache.luxun-search.cn/txt?m=1ac09d77&u=http%3A%2F%2Fwww.linzhou-lndx.org%2Ftz%2F0508.html",
        title="关于商请支持社区健身踏板捐赠活动的函",
        record_title="关于商请支持社区健身踏板捐赠活动的函（仅文字存档）- 鹭寻",
        date="2025-05-08",
        notes="a text-only cache: capture banner lines above, the whole letter on one line; the letter's own "
        "contact inside it; the capture stamp is no date",
        page="""
!d 鹭寻文字存档：本页为 www.linzhou-lndx.org/tz/0508.html 于 2025-06-30 11:02 抓取的文字版本
!a 查看原网页　｜　查看带图快照
!m 凛州市老年人体育协会
{T}
{BODY}
!m 凛州市老年人体育协会　地址：凛州市戚湾区体育路6号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
凛州雪途体育用品有限公司：
为推动全民健身进社区，我会计划于今年6月至9月在全市开展“健身踏板进社区”公益活动，为30个老旧小区的老年健身队配送健身踏板，并组织社会体育指导员下社区教授踏板操。
贵公司长期热心公益事业，在体育用品生产方面具有优势。我会诚挚商请贵公司捐赠低位健身踏板300块，或按成本价供应，并在活动中给予技术指导。我会将在活动现场和协会网站对贵公司的支持予以鸣谢。
如蒙同意，请于5月20日前函复。
联系人：杰丽萍，电话：0915-3307715
凛州市老年人体育协会
2025年5月8日
""",
    ),
    dict(
        slug="print-qishan-rules-ski-goggle-rental-html",
        site="戚山滑雪场 打印视图 (invented)",
        style="打印页",
        genre="规定/制度",
        kind="other",
        form="html",
        source="https://www.qishan-ski.com/print.php?aid=305",
        title="雪具大厅滑雪镜租赁管理规定",
        record_title="打印稿件 ▸ 雪具大厅滑雪镜租赁管理规定 · 戚山滑雪场",
        date=None,
        notes="a print view calling window.print(): a print/close row, the printed URL and a print stamp (no "
        "date); a rule with 第N条 articles and no date; a print footer closes the page",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印稿件 ▸ 雪具大厅滑雪镜租赁管理规定 · 戚山滑雪场</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head><body>
<div class="noprint">⟦a 🖶 打印本页　✕ 关闭窗口⟧</div>
<div class="pr-head">⟦m 戚山滑雪场 · 内部制度⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-url">⟦m 本页地址：https://www.qishan-ski.com/zhidu/305.html⟧</div>
<div class="pr-time">⟦m 打印时间：2025-12-14 08:02⟧</div>
<div class="pr-foot">⟦p ⊮ 第1页·共1页 ⊮⟧</div>
</body></html>
""",
        body="""
第一条　为规范雪具大厅滑雪镜租赁服务，保障游客用眼卫生和安全，制定本规定。
第二条　雪具大厅按成人、青少年、儿童三种尺码配备滑雪镜，各尺码储备量不少于日均租赁量的1.5倍。
第三条　滑雪镜实行“一客一用一消毒”。游客归还后，由租赁员清水冲洗海绵垫外缘，用专用软布擦干镜片外层，放入紫外线消毒柜消毒不少于30分钟。
第四条　镜片内层不得用布擦拭；内层起雾的，应自然晾干。
第五条　租赁员每日开园前检查滑雪镜镜片、镜框和弹力带，有裂纹、深划痕、海绵脱落或弹力带松弛的，停止出租并登记报废。
第六条　游客租用滑雪镜须登记租赁卡号；丢失或人为损坏的，按价目表赔偿。
第七条　本规定由雪具大厅负责解释，自公布之日起执行。
""",
    ),
    dict(
        slug="print-manshui-bulletin-hotel-soap-nets-text",
        site="曼水县卫生健康局 打印版 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://wjj.manshui.gov.cn/print.aspx?id=5281",
        title="关于全县宾馆客房肥皂网卫生检查情况的通报",
        record_title="〔打印备查件〕关于全县宾馆客房肥皂网卫生检查情况的通报 - 曼水县卫生健康局",
        date="2025-07-09",
        notes="a print view as text: a print/close row, a printed-from line and a print stamp (no date), a "
        "results table, 印发 line; a print footer closes the page; 成文日期 under the signature",
        page="""
!a 〔打印本通报〕 〔关闭〕
!m 曼水县卫生健康局 — 打印版本
{T}
曼卫健〔2025〕31号
{BODY}
!m 打印自：http://wjj.manshui.gov.cn/tzgg/5281.html　　打印于 2025-07-15 16:47
!p ⫩ 1 / 1 ⫩
""",
        indent="\u3000\u3000",
        body="""
各乡镇卫生院，县卫生监督所，各宾馆、酒店：
近年来，不少宾馆为减少一次性用品，在客房卫生间配备可重复使用的肥皂网。6月份，县卫生监督所对城区12家宾馆客房的肥皂网使用情况进行了专项检查。现将情况通报如下：
检查项目　合格宾馆数　主要问题
一客一换　9家　3家未按规定更换
清洗消毒　8家　4家无消毒记录
晾干存放　10家　2家与抹布混放
从检查情况看，多数宾馆能够做到肥皂网一客一换、集中清洗消毒，但仍有部分宾馆把肥皂网与客房清洁用具混用混放，存在交叉污染风险。
各宾馆要将肥皂网纳入客房公共用品管理，做到一客一换、清洗消毒、晾干保洁，并建立消毒记录；县卫生监督所要在三季度开展复查，对整改不到位的依法处理。
曼水县卫生健康局
2025年7月9日
曼水县卫生健康局办公室　2025年7月9日印发
""",
    ),
    dict(
        slug="mail-museum-letter-insect-nets-forward-html",
        site="凛州自然博物馆 网页邮箱阅读视图 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.lznhm.org.cn/read?mid=ZC7031845",
        title="关于商请定制一批昆虫观察捕虫网的函",
        record_title="转发（带附件）：关于商请定制一批昆虫观察捕虫网的函",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="webmail reading view with a forwarded header (发件人/收件人/抄送/时间) and an attachment bar beside "
        "the letter's own 附件 list and 抄送 line; the letter's contact and mailbox; the mail date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发（带附件）：关于商请定制一批昆虫观察捕虫网的函 - 凛州自然博物馆邮箱</title></head><body>
<div class="wm-top">⟦m 凛州自然博物馆邮箱　宙晓光@lznhm.org.cn⟧ ⟦a 收信　写信　通讯录⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为　更多⟧</div>
<div class="wm-head">
<p>⟦m 主　题：转发（带附件）：关于商请定制一批昆虫观察捕虫网的函⟧</p>
<p>⟦m 发件人：科普教育部 绽文博 &lt;zwb@lznhm.org.cn&gt;⟧</p>
<p>⟦m 收件人：小野趣户外玩具 商务部 &lt;biz@xiaoyequ-toys.cn&gt;⟧</p>
<p>⟦m 抄　送：宙晓光 &lt;zxg@lznhm.org.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月28日（星期一）上午10:26⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发邮件 ----------⟧</div>
<div class="wm-body">
{T}
{BODY}
</div>
<div class="wm-att">⟦a 附件（2个）：捕虫网定制技术要求.docx (36K)　馆标及印制样稿.pdf (1.2M)　全部下载　预览⟧</div>
<div class="wm-ft">⟦m 凛州自然博物馆 信息中心 提供技术支持⟧</div>
</body></html>
""",
        p_html="<div>{}</div>",
        body="""
稠溪小野趣玩具有限公司：
我馆今年暑期将举办“夏夜昆虫课堂”系列科普活动，预计接待中小学生2000余人次。为方便学生在馆区生态园开展昆虫观察，我馆拟向贵公司定制一批儿童捕虫网，现将有关事项商洽如下：
一、数量和规格：儿童捕虫网300把，网圈直径30厘米，网柄为不可伸缩的实木或塑料短柄，长度60至80厘米，网袋为白色细尼龙纱。
二、安全要求：网柄两端圆滑无毛刺，网圈接口不得外露金属；产品须符合玩具安全国家标准，并提供检测报告。
三、印制要求：网柄印制我馆馆标和“观察后请放归”字样。
四、交货时间：6月30日前交货至我馆科普教育部。
请贵公司于5月10日前提供报价和样品。
联系人：绽文博，电话：0915-3281506，邮箱：zwb@lznhm.org.cn
附件：1. 捕虫网定制技术要求
2. 馆标及印制样稿
凛州自然博物馆
2025年4月25日
抄送：馆办公室，财务部。
""",
    ),
    dict(
        slug="mail-laonian-feedback-step-boards-forward-text",
        site="凛州市杰湾区老年大学 邮件转发 文字版 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="https://mail.jwlndx.edu.cn/eml/20250403-0412.txt",
        title="关于健身踏板试用情况的反馈函",
        record_title="TR: 关于健身踏板试用情况的反馈函",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="a forwarded mail as text: forwarding note, original header lines (发件人/日期/收件人/主题) above "
        "the letter, a mail footer below; the letter's own contact; the mail date also accepted",
        page="""
!m 发件人：宙海燕 <zhouhy@jwlndx.edu.cn>
!m 发送时间：2025年4月3日 星期四 09:14
!m 收件人：教务处全体 <jwc@jwlndx.edu.cn>
!m 主题：TR: 关于健身踏板试用情况的反馈函
!m 各位老师：转给大家看看，采购那边下周定型号。海燕
!m -----原始邮件-----
!m 发件人：宙海燕
!m 日期：2025-04-02 17:40
!m 收件人：凛州恒步体育器材有限公司 <sales@hengbu-tiyu.com>
!m 主题：关于健身踏板试用情况的反馈函
{T}
{BODY}
!d 本邮件及附件仅供指定收件人使用，如误收请删除并告知发件人。
!m 杰湾区老年大学 教务处 · 凛州市杰湾区文昌路18号
""",
        indent="",
        body="""
凛州恒步体育器材有限公司：
贵公司3月14日送来的两款健身踏板样品，已在我校踏板操班试用两周，参加试用的学员42人，年龄在58岁至76岁之间。现将试用情况反馈如下：
一、A款（固定高度10厘米）：学员普遍反映踩踏稳定、防滑面手感好，适合初学者；不足是踏板较窄，体型偏大的学员双脚并拢时容易踩到边缘。
二、B款（10/15厘米可调）：可以随着学员能力提高加高，受到带操老师欢迎；但垫块卡扣较紧，老年学员自己调节比较吃力，有两次出现垫块未卡到位的情况。
三、建议：B款加宽踏板面5厘米左右，改进垫块卡扣，使老年人单手能够调节，并在踏板侧面标注当前高度。
如贵公司按上述意见改进，我校拟采购B款40块。
联系人：宙海燕，电话：0915-3352740
凛州市杰湾区老年大学教务处
2025年4月2日
""",
    ),
]
